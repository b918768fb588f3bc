/**
 * Deforestation and fire alerts from satellites: read from the files Global Forest Watch
 * and NASA FIRMS export ({@link org.tejido.territory.satellite.SatelliteAlertReader}),
 * clipped to a territory ({@link org.tejido.territory.satellite.TerritoryClip}) and
 * clustered into events to check on the ground
 * ({@link org.tejido.territory.satellite.AlertClustering}). Plain Java, no storage.
 */
@NullMarked
package org.tejido.territory.satellite;

import org.jspecify.annotations.NullMarked;
