package org.tejido.collectives;

import java.util.UUID;

/**
 * A collective was deleted and its data key destroyed; other modules drop what they keep
 * for it.
 */
public record CollectiveDeleted(UUID collective) {
}
