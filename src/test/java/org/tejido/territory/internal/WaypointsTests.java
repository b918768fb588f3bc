package org.tejido.territory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tejido.territory.geo.GeoFeature;

import static org.assertj.core.api.Assertions.assertThat;

class WaypointsTests {

	@Test
	void aWaypointIsAnObservationWithItsWordsPositionAndTime() {
		GeoFeature waypoint = new GeoFeature("Tala reciente", "Tres árboles cortados",
				ImportedFeatureTests.geometry("POINT (-74.05 4.62)"), Map.of(),
				List.of(Instant.parse("2026-11-02T07:10:00Z")));
		assertThat(Waypoints.input(waypoint, "p")).isEqualTo(new ObservationInput("extraction", "", "4.62, -74.05",
				"2026-11-02T07:10", "Tala reciente — Tres árboles cortados", "p"));
	}

	@Test
	void theCategoryWordIsReadInAnyLanguageAndOtherwiseItIsOther() {
		assertThat(Waypoints.input(point("Incendio: humo"), "").category()).isEqualTo("fire");
		assertThat(Waypoints.input(point("Kebakaran hutan"), "").category()).isEqualTo("fire");
		assertThat(Waypoints.input(point("Mojón 4"), "").category()).isEqualTo("other");
		assertThat(Waypoints.input(point("Mojón 4"), "").when()).isEmpty();
	}

	@Test
	void onlyPointsAreWaypoints() {
		assertThat(Waypoints.isPoint(point("x"))).isTrue();
		assertThat(
				Waypoints.isPoint(GeoFeature.of("x", ImportedFeatureTests.geometry("LINESTRING (-74 4.6, -74.1 4.7)"))))
			.isFalse();
	}

	private static GeoFeature point(String name) {
		return GeoFeature.of(name, ImportedFeatureTests.geometry("POINT (-74.05 4.62)"));
	}

}
