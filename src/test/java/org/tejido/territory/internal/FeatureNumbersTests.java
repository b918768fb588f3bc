package org.tejido.territory.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tejido.territory.geo.GeoFeature;
import org.tejido.territory.geo.GeoFormat;
import org.tejido.territory.geo.GeoProblem;
import org.tejido.territory.geo.GeoReading;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureNumbersTests {

	@Test
	void theFeaturesReadTakeTheNumbersTheProblemsLeaveFree() {
		GeoFeature point = GeoFeature.of("x", ImportedFeatureTests.geometry("POINT (1 1)"));
		GeoReading reading = new GeoReading(GeoFormat.KML, List.of(point, point, point),
				List.of(problem(1), problem(3), problem(4)), List.of());
		assertThat(FeatureNumbers.of(reading)).containsExactly(2, 5, 6);
	}

	private static GeoProblem problem(int feature) {
		return new GeoProblem(feature, null, "territory.geo.no-geometry", List.of());
	}

}
