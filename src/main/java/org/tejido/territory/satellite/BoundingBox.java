package org.tejido.territory.satellite;

/** The smallest latitude-longitude box holding some alerts (WGS 84 degrees). */
public record BoundingBox(double south, double west, double north, double east) {

}
