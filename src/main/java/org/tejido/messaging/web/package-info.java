/**
 * Messaging pages of a collective: its channels, for coordinators, and each member's
 * inbox.
 */
@NullMarked
package org.tejido.messaging.web;

import org.jspecify.annotations.NullMarked;
