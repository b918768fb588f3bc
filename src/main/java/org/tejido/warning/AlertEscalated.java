package org.tejido.warning;

import java.util.UUID;

/**
 * An alert's next tier of recipients is being called, because nobody acknowledged in time
 * or a coordinator escalated it.
 */
public record AlertEscalated(UUID alert, UUID collective, int step) {
}
