package org.tejido.collectives;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The people of a collective as other modules need them to reach them: opened from their
 * sealed records, for code that already passed the gate or acts for the collective itself
 * (sending its alerts).
 */
public interface CollectivePeople {

	/** Everyone in the collective. */
	List<Person> of(UUID collective);

	Optional<Person> find(UUID collective, UUID member);

	/** The collective's sub-groups. */
	List<GroupRef> groups(UUID collective);

	/**
	 * A member and how to reach them; empty strings when a contact is not given.
	 *
	 * @param groups the sub-groups they belong to
	 */
	record Person(UUID member, String name, CollectiveRole role, String phone, String email, String lang,
			Set<UUID> groups) {
	}

	/** A sub-group, named. */
	record GroupRef(UUID id, String name, boolean sharedWithAllies) {
	}

}
