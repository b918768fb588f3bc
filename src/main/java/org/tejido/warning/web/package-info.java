/**
 * Alert, protocol and template pages of a collective, and acknowledgement links.
 */
@NullMarked
package org.tejido.warning.web;

import org.jspecify.annotations.NullMarked;
