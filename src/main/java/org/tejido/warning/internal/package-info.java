/**
 * Alerts, protocols, escalation and their rules.
 */
@NullMarked
package org.tejido.warning.internal;

import org.jspecify.annotations.NullMarked;
