package org.tejido.territory.geo;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/** A geometry as a file describes it, before it is checked and built. */
sealed interface Shape {

	record Point(Coordinate at) implements Shape {
	}

	record Line(List<Coordinate> points) implements Shape {
	}

	/** The first ring is the outer one. */
	record Area(List<List<Coordinate>> rings) implements Shape {
	}

	record Many(List<Shape> parts) implements Shape {
	}

}
