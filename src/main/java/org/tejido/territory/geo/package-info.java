/**
 * Reading and writing the geographic files a collective brings and takes away: GeoJSON,
 * KML, KMZ and GPX. Plain Java, no storage: the caller decides what to keep. Every file
 * is read under {@link org.tejido.territory.geo.GeoLimits}; XML never resolves a DTD or
 * an entity.
 */
@NullMarked
package org.tejido.territory.geo;

import org.jspecify.annotations.NullMarked;
