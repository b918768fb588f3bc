package org.tejido.risk.internal;

import java.util.UUID;

/** A place of the territory a threat points to, named as it was when chosen. */
public record PlaceMention(UUID id, String name) {
}
