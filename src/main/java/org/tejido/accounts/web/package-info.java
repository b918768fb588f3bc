/**
 * Signing in and out, the second factor, the account page, and the security rules of the
 * whole site.
 */
@NullMarked
package org.tejido.accounts.web;

import org.jspecify.annotations.NullMarked;
