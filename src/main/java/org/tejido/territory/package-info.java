/**
 * Territory: the land a collective defends and watches. Its boundary and named places
 * (imported from GeoJSON, KML or GPX, or drawn), the patrols that walk it and the
 * observations made there (by web form, by SMS or imported from field apps), the
 * deforestation and fire alerts from satellites to check on the ground, and the maps of
 * all of it, drawn on the server as SVG small enough for a 2G phone. Everything is sealed
 * with the collective's key; places are shown only to the roles their sensitivity allows.
 */
@NullMarked
package org.tejido.territory;

import org.jspecify.annotations.NullMarked;
