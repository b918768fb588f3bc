/**
 * Signing in and out, the second factor, the account page, sessions kept in the database
 * (a person's own list, signing out everywhere, leaving at once), and the security rules
 * of the whole site.
 */
@NullMarked
package org.tejido.accounts.web;

import org.jspecify.annotations.NullMarked;
