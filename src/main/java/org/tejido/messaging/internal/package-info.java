/**
 * The outbox and its dispatcher, channel settings, the in-app inbox and incoming SMS,
 * kept under each collective's own key.
 */
@NullMarked
package org.tejido.messaging.internal;

import org.jspecify.annotations.NullMarked;
