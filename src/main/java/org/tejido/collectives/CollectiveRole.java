package org.tejido.collectives;

/**
 * What a person may do inside one collective. The same person can hold different roles in
 * different collectives.
 */
public enum CollectiveRole {

	/** Manages members, sub-groups, invitations, protocols and plans. */
	COORDINATOR,

	/** Belongs to the collective and sees its people, but manages nothing. */
	MEMBER,

	/**
	 * Someone from outside, invited with a narrow view: only what is shared with allies.
	 */
	ALLY;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
