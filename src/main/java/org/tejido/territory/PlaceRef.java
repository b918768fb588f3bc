package org.tejido.territory;

import java.util.UUID;

/**
 * A named place of a collective's territory, opened, as other modules show it.
 *
 * @param kind a code of the place kinds (river crossing, sacred site, …)
 * @param latitude a representative point of the place (WGS 84)
 * @param longitude a representative point of the place (WGS 84)
 */
public record PlaceRef(UUID id, String name, String kind, PlaceSensitivity sensitivity, double latitude,
		double longitude) {
}
