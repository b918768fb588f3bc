/**
 * People who sign in: accounts and roles, passwords (Argon2id, checked against common and
 * breached passwords), two-factor sign-in with one-time codes, throttling, and the
 * command that creates the first administrator.
 */
@NullMarked
package org.tejido.accounts;

import org.jspecify.annotations.NullMarked;
