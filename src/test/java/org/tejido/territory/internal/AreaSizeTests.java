package org.tejido.territory.internal;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import org.tejido.territory.internal.CoordinateText.Shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AreaSizeTests {

	@Test
	void measuresASquareOfATenthOfADegreeAtTheEquator() {
		Geometry square = CoordinateText.read("0, 0\n0, 0.1\n0.1, 0.1\n0.1, 0", Shape.AREA);
		// 11.12 km a side on a sphere of the Earth's mean radius
		assertThat(AreaSize.squareMetres(square) / 1_000_000).isCloseTo(123.6, within(0.2));
	}

	@Test
	void shrinksTowardsThePoles() {
		Geometry south = CoordinateText.read("60, 0\n60, 0.1\n60.1, 0.1\n60.1, 0", Shape.AREA);
		assertThat(AreaSize.squareMetres(south) / 1_000_000).isCloseTo(61.7, within(0.3));
	}

	@Test
	void givesKilometresAndHectares() {
		AreaShape area = new AreaShape(java.util.UUID.randomUUID(), "Loma",
				CoordinateText.read("0, 0\n0, 0.01\n0.01, 0.01\n0.01, 0", Shape.AREA), java.time.Instant.now());
		assertThat(area.squareKilometres()).isEqualTo("1.24");
		assertThat(area.hectares()).isEqualTo("124");
	}

}
