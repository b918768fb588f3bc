package org.tejido.territory.maps;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tejido.territory.maps.SampleTerritory.GEOMETRIES;

class PathDataTests {

	@Test
	void writesAnAbsoluteStartThenRelativeMovesWithoutNeedlessSpaces() {
		PathData path = new PathData();
		path.add(line(0, 0, 3, 4, 8, 4, 8, -2, 5, 1, 7, 3));
		assertThat(path.text()).isEqualTo("M0 0l3 4h5v-6l-3 3 2 2");
	}

	@Test
	void closesRingsAndStartsEachPartAnew() {
		PathData path = new PathData();
		path.add(GEOMETRIES.toGeometry(new org.locationtech.jts.geom.Envelope(10, 20, 30, 40)));
		path.add(GEOMETRIES.createPoint(new Coordinate(5.4, 6.6)));
		assertThat(path.text()).isEqualTo("M10 30v10h10v-10h-10zM5 7h0");
	}

	@Test
	void skipsMovesThatRoundToNothing() {
		PathData path = new PathData();
		path.add(line(0, 0, 0.2, 0.3, 4, 0));
		assertThat(path.text()).isEqualTo("M0 0h4");
	}

	private static Geometry line(double... xy) {
		Coordinate[] coordinates = new Coordinate[xy.length / 2];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return GEOMETRIES.createLineString(coordinates);
	}

}
