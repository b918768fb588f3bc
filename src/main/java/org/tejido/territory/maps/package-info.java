/**
 * Maps of a territory drawn on the server as one inline SVG: no tiles, no script, nothing
 * from another host, small enough for a page of 14,600 bytes gzipped. Build a
 * {@link org.tejido.territory.maps.TerritoryMap} from features the viewer may see, draw
 * it for the viewer's role, and show the {@link org.tejido.territory.maps.MapLegend} next
 * to it.
 */
@NullMarked
package org.tejido.territory.maps;

import org.jspecify.annotations.NullMarked;
