package org.tejido.accounts;

/**
 * What a signed-in person may do. Visitors have no account and no role.
 */
public enum Role {

	CONTRIBUTOR, CURATOR, ADMINISTRATOR;

	/**
	 * Curators and administrators can change what everyone reads: they must use two
	 * factors.
	 */
	public boolean needsTwoFactor() {
		return this != CONTRIBUTOR;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
