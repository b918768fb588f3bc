package org.tejido.territory.internal;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import org.tejido.territory.internal.CoordinateText.Shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoordinateTextTests {

	@Test
	void readsOneLineAsAPointWithLatitudeFirst() {
		Geometry point = CoordinateText.read("4.6097, -74.0817", Shape.POINT_OR_LINE);
		assertThat(point).isInstanceOf(Point.class);
		assertThat(point.getCoordinate().y).isEqualTo(4.6097);
		assertThat(point.getCoordinate().x).isEqualTo(-74.0817);
	}

	@Test
	void readsSeveralLinesAsALineWhateverTheSeparator() {
		Geometry line = CoordinateText.read("4.1, -74.1\n\n4.2;-74.2\r\n 4.3   −74.3 ", Shape.POINT_OR_LINE);
		assertThat(line).isInstanceOf(LineString.class);
		assertThat(line.getNumPoints()).isEqualTo(3);
		assertThat(line.getCoordinates()[2].x).isEqualTo(-74.3);
	}

	@Test
	void closesTheOutlineOfAnArea() {
		Geometry area = CoordinateText.read("4.0, -74.0\n4.0, -73.9\n4.1, -73.9\n4.1, -74.0", Shape.AREA);
		assertThat(area).isInstanceOf(Polygon.class);
		assertThat(area.getNumPoints()).isEqualTo(5);
		assertThat(area.isValid()).isTrue();
	}

	@Test
	void roundsToSixDecimals() {
		Geometry point = CoordinateText.read("4.12345678, -74.98765432", Shape.POINT_OR_LINE);
		assertThat(point.getCoordinate().y).isEqualTo(4.123457);
		assertThat(point.getCoordinate().x).isEqualTo(-74.987654);
		assertThat(SealedGeometry.wkt(point)).isEqualTo("POINT (-74.987654 4.123457)");
	}

	@Test
	void writesAGeometryBackAsItIsTyped() {
		Geometry area = CoordinateText.read("4, -74\n4, -73.9\n4.1, -73.9", Shape.AREA);
		assertThat(CoordinateText.write(area)).isEqualTo("4, -74\n4, -73.9\n4.1, -73.9\n");
	}

	@Test
	void refusesALatitudeOutOfRange() {
		assertThatThrownBy(() -> CoordinateText.read("4, -74\n95.5, 200", Shape.POINT_OR_LINE))
			.isInstanceOf(Invalid.class)
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.latitude-range")
			.satisfies((ex) -> assertThat(((Invalid) ex).args()).containsExactly(2, "95.5"));
	}

	@Test
	void refusesALongitudeOutOfRange() {
		assertThatThrownBy(() -> CoordinateText.read("4, -181", Shape.POINT_OR_LINE))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.longitude-range");
	}

	@Test
	void saysWhenLatitudeAndLongitudeLookSwapped() {
		assertThatThrownBy(() -> CoordinateText.read("4, -74\n-120.5, 38.6", Shape.POINT_OR_LINE))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.swapped")
			.satisfies((ex) -> assertThat(((Invalid) ex).args()).containsExactly(2, "-120.5, 38.6"));
	}

	@Test
	void refusesWhatIsNotANumber() {
		for (String text : new String[] { "NaN, 4", "4, Infinity", "4, 1e2", "north, west" }) {
			assertThatThrownBy(() -> CoordinateText.read(text, Shape.POINT_OR_LINE)).as(text)
				.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.not-a-number");
		}
	}

	@Test
	void refusesALineThatIsNotAPair() {
		assertThatThrownBy(() -> CoordinateText.read("4, -74, 12", Shape.POINT_OR_LINE))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.not-a-pair");
	}

	@Test
	void refusesTooFewPoints() {
		assertThatThrownBy(() -> CoordinateText.read("  \n", Shape.POINT_OR_LINE))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.empty");
		assertThatThrownBy(() -> CoordinateText.read("4, -74\n4, -74", Shape.POINT_OR_LINE))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.line-too-few");
		assertThatThrownBy(() -> CoordinateText.read("4, -74\n4.1, -74", Shape.AREA))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.area-too-few");
		assertThatThrownBy(() -> CoordinateText.read("4, -74\n4.1, -74\n4, -74", Shape.AREA))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.area-too-few");
	}

	@Test
	void refusesTooManyPoints() {
		String many = "4, -74\n".repeat(CoordinateText.MAX_POINTS + 1);
		assertThatThrownBy(() -> CoordinateText.read(many, Shape.POINT_OR_LINE))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.too-many");
	}

}
