package org.tejido.territory.maps;

import org.jspecify.annotations.Nullable;

/**
 * A labelled feature drawn on a map, for the text list shown beside it.
 */
public record MapEntry(MapKind kind, String label, @Nullable String href) {
}
