package org.tejido.library.web;

import java.time.Instant;

/**
 * One line of the moderation queue.
 */
public record QueueItem(String id, String title, Instant submittedAt) {
}
