package org.tejido.territory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;

import org.tejido.territory.PlaceSensitivity;
import org.tejido.territory.internal.GroundTruth.TaskView;
import org.tejido.territory.internal.ObservationViews.ObservationView;
import org.tejido.territory.internal.PatrolDesk.PatrolView;
import org.tejido.territory.internal.PlaceShape;
import org.tejido.territory.maps.MapFeature;
import org.tejido.territory.maps.MapKind;

/**
 * The territory's things as map features, each saying who may see it: places by their
 * sensitivity, observations, patrols and satellite tasks to members only (allies never
 * see them), the boundary to everyone admitted.
 */
final class MapFeatures {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private MapFeatures() {
	}

	static List<MapFeature> boundary(Geometry boundary) {
		if (!(boundary instanceof Polygonal) || boundary.isEmpty()) {
			return List.of();
		}
		return List.of(MapFeature.of(MapKind.BOUNDARY, boundary, PlaceSensitivity.ALLIES));
	}

	static MapFeature place(PlaceShape place, String href) {
		// A mixed collection (a KML MultiGeometry) is drawn as a point, at its interior
		// point.
		Geometry shape = place.geometry();
		MapKind kind = (shape instanceof Polygonal) ? MapKind.PLACE_AREA
				: (shape instanceof Lineal) ? MapKind.PLACE_LINE : MapKind.PLACE;
		return MapFeature.of(kind, place.geometry(), place.sensitivity()).labelled(place.name()).linkingTo(href);
	}

	/** Where it was made, or else its place; nothing for an observation with neither. */
	static Optional<MapFeature> observation(ObservationView observation, @Nullable String href) {
		Coordinate at = null;
		if (observation.latitude() != null && observation.longitude() != null) {
			at = new Coordinate(observation.longitude(), observation.latitude());
		}
		else if (observation.place() != null) {
			at = new Coordinate(observation.place().longitude(), observation.place().latitude());
		}
		if (at == null) {
			return Optional.empty();
		}
		PlaceSensitivity shownTo = (observation.place() != null
				&& observation.place().sensitivity() == PlaceSensitivity.COORDINATORS) ? PlaceSensitivity.COORDINATORS
						: PlaceSensitivity.MEMBERS;
		return Optional.of(MapFeature.of(MapKind.OBSERVATION, FACTORY.createPoint(at), shownTo).linkingTo(href));
	}

	static Optional<MapFeature> patrol(PatrolView patrol, @Nullable String href) {
		if (!(patrol.route() instanceof Lineal) || patrol.route().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(MapFeature.of(MapKind.PATROL, patrol.route(), PlaceSensitivity.MEMBERS)
			.labelled(patrol.name())
			.linkingTo(href));
	}

	/** The task's centre, linked, after its outline when that is an area. */
	static List<MapFeature> task(TaskView task, @Nullable String href) {
		List<MapFeature> features = new ArrayList<>();
		if (task.outline() instanceof Polygonal && !task.outline().isEmpty()) {
			features.add(MapFeature.of(MapKind.ALERT_AREA, task.outline(), PlaceSensitivity.MEMBERS));
		}
		features.add(
				MapFeature
					.of(MapKind.ALERT, FACTORY.createPoint(new Coordinate(task.longitude(), task.latitude())),
							PlaceSensitivity.MEMBERS)
					.linkingTo(href));
		return features;
	}

}
