package org.tejido.territory.internal;

import org.tejido.territory.PlaceSensitivity;

/**
 * What the features of a territory file become when they do not say it themselves.
 *
 * @param polygonsAreAreas whether polygons become areas of the territory (else places)
 * @param kind the kind of the places made
 * @param sensitivity who may see the places made
 */
public record ImportChoice(boolean polygonsAreAreas, PlaceKind kind, PlaceSensitivity sensitivity) {

}
