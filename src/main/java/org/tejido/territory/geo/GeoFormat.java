package org.tejido.territory.geo;

/** The geographic file formats read and written. */
public enum GeoFormat {

	GEOJSON("application/geo+json", "geojson"), KML("application/vnd.google-earth.kml+xml", "kml"),
	KMZ("application/vnd.google-earth.kmz", "kmz"), GPX("application/gpx+xml", "gpx");

	private final String mediaType;

	private final String extension;

	GeoFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** The media type to send a file of this format with. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The usual file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

}
