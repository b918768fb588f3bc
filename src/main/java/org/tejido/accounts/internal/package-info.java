/**
 * Accounts, their passwords and second factors.
 */
@NullMarked
package org.tejido.accounts.internal;

import org.jspecify.annotations.NullMarked;
