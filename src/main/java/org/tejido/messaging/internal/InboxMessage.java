package org.tejido.messaging.internal;

import java.time.Instant;

/**
 * A message in a member's in-app inbox, opened.
 */
public record InboxMessage(String subject, String text, Instant deliveredAt) {
}
