package org.tejido.territory.maps;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tejido.territory.maps.SampleTerritory.GEOMETRIES;

class PixelsTests {

	@Test
	void keepsAnAreaValidWhileDroppingMostOfItsVertices() {
		Polygon boundary = new SampleTerritory().boundary(5000);
		Projection projection = Projection.fitting(boundary.getEnvelopeInternal(), 640, 480, SvgWriter.MARGIN);
		Geometry drawn = Pixels.simplified(projection.project(boundary));
		assertThat(drawn.isValid()).isTrue();
		assertThat(drawn.getNumPoints()).isLessThan(1000);
		assertThat(drawn.getArea()).isCloseTo(projection.project(boundary).getArea(),
				org.assertj.core.data.Percentage.withPercentage(1));
	}

	@Test
	void keepsAHoleInsideItsShellWhenTheyAreAPixelApart() {
		Polygon shell = (Polygon) GEOMETRIES.toGeometry(new org.locationtech.jts.geom.Envelope(0, 100, 0, 100));
		LinearRing hole = GEOMETRIES
			.createLinearRing(new Coordinate[] { new Coordinate(1.4, 1.4), new Coordinate(1.4, 50),
					new Coordinate(50.2, 50.3), new Coordinate(50, 1.6), new Coordinate(1.4, 1.4) });
		Polygon withHole = GEOMETRIES.createPolygon(shell.getExteriorRing(), new LinearRing[] { hole });
		Geometry drawn = Pixels.simplified(withHole);
		assertThat(drawn.isValid()).isTrue();
		assertThat(drawn.getCoordinates()).allMatch((c) -> c.x == Math.rint(c.x) && c.y == Math.rint(c.y));
	}

	@Test
	void dropsVerticesThatFallOnTheSamePixel() {
		Geometry line = GEOMETRIES.createLineString(new Coordinate[] { new Coordinate(0, 0), new Coordinate(0.2, 0.1),
				new Coordinate(0.3, 0.2), new Coordinate(10, 0), new Coordinate(10.2, 0.3) });
		assertThat(Pixels.simplified(line).getNumPoints()).isEqualTo(2);
	}

}
