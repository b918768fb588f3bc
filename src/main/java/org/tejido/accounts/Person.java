package org.tejido.accounts;

import java.util.UUID;

/**
 * Someone with an account, as other modules see them.
 *
 * @param id the account's id
 * @param email the address they sign in with
 * @param displayName the name they chose, which may be a pseudonym
 * @param twoFactor whether they sign in with a second factor
 */
public record Person(UUID id, String email, String displayName, boolean twoFactor) {
}
