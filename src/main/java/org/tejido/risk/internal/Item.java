package org.tejido.risk.internal;

import java.util.UUID;

/**
 * A vulnerability or capacity: one line of the analysis, of one group.
 *
 * @param group a {@link Group} code
 */
public record Item(UUID id, String group, String text) {
}
