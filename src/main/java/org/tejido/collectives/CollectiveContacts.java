package org.tejido.collectives;

import java.util.List;

/**
 * Finds the people a phone number belongs to, by its keyed hash: how a message that
 * arrives from a number (an SMS) is matched to its sender without the number being stored
 * readable.
 */
public interface CollectiveContacts {

	/**
	 * Every membership whose phone number is this one, in any collective.
	 * @param phone the number as typed or as a gateway gives it; anything that is not a
	 * valid international number matches nobody
	 */
	List<Membership> reachableAt(String phone);

}
