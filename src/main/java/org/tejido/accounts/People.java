package org.tejido.accounts;

import java.util.Optional;

/**
 * Finds and registers people with an account, by the name they are signed in under.
 */
public interface People {

	/** The person signed in as {@code principalName} (their e-mail address). */
	Optional<Person> signedInAs(String principalName);

	/**
	 * Opens a contributor account for someone who came with an invitation.
	 * @throws org.tejido.site.Refused (422) saying why the address, name or password is
	 * not accepted
	 */
	Person register(String email, String displayName, String password);

}
