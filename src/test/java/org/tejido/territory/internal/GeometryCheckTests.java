package org.tejido.territory.internal;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import org.tejido.territory.internal.CoordinateText.Shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeometryCheckTests {

	@Test
	void keepsAValidArea() {
		Geometry area = CoordinateText.read("4, -74\n4, -73.9\n4.1, -73.9\n4.1, -74", Shape.AREA);
		assertThat(GeometryCheck.valid(area)).isSameAs(area);
	}

	@Test
	void refusesAnOutlineThatCrossesItselfSayingWhere() {
		Geometry bowTie = CoordinateText.read("4, -74\n4.1, -73.9\n4, -73.9\n4.1, -74", Shape.AREA);
		assertThatThrownBy(() -> GeometryCheck.valid(bowTie))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.self-intersection")
			.satisfies((ex) -> assertThat(((Invalid) ex).args()).containsExactly("4.05", "-73.95"));
	}

	@Test
	void refusesCoordinatesThatAreNotNumbersOrOutOfRange() {
		GeometryFactory factory = new GeometryFactory();
		assertThatThrownBy(() -> GeometryCheck.valid(factory.createPoint(new Coordinate(Double.NaN, 4))))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.not-a-number");
		assertThatThrownBy(() -> GeometryCheck.valid(factory.createPoint(new Coordinate(-74, 91))))
			.hasFieldOrPropertyWithValue("messageKey", "territory.geometry.out-of-range");
	}

}
