package org.tejido.messaging.internal;

import org.jspecify.annotations.Nullable;

/**
 * A queued message opened for sending.
 */
record Content(String address, @Nullable String subject, String text) {
}
