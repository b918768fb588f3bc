package org.tejido.messaging;

import java.util.UUID;

/**
 * An SMS arrived at the coalition's own number ({@link CoalitionLine}); read it through
 * {@link CoalitionLine#read}. Carries the id only, since events are stored until handled.
 */
public record CoalitionSmsReceived(UUID id) {
}
