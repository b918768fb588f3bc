package org.tejido.warning;

import java.util.UUID;

/**
 * Someone reported an alert and its first tier is being told.
 */
public record AlertRaised(UUID alert, UUID collective) {
}
