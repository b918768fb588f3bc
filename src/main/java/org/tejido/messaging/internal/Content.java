package org.tejido.messaging.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A queued message opened for sending.
 */
record Content(String address, @Nullable String subject, String text, List<String> attachments) {
}
