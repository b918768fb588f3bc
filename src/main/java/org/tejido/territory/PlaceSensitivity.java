package org.tejido.territory;

import org.tejido.collectives.CollectiveRole;

/**
 * Who in a collective may see a place, on maps, lists and forms alike.
 */
public enum PlaceSensitivity {

	/** Allies too. */
	ALLIES,

	/** Members and coordinators. */
	MEMBERS,

	/** Coordinators only. */
	COORDINATORS;

	public boolean visibleTo(CollectiveRole role) {
		return switch (this) {
			case ALLIES -> true;
			case MEMBERS -> role != CollectiveRole.ALLY;
			case COORDINATORS -> role == CollectiveRole.COORDINATOR;
		};
	}

}
