package org.tejido.territory.geo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The sample files under src/test/resources/territory/geo, and files made up in a test.
 */
final class GeoSamples {

	private GeoSamples() {
	}

	static GeoReading read(String sample) {
		return GeoFiles.read(sample, open(sample), GeoLimits.defaults());
	}

	static InputStream open(String sample) {
		InputStream in = GeoSamples.class.getResourceAsStream("/territory/geo/" + sample);
		if (in == null) {
			throw new IllegalArgumentException("no sample " + sample);
		}
		return in;
	}

	static GeoReading readText(String fileName, String content) {
		return readText(fileName, content, GeoLimits.defaults());
	}

	static GeoReading readText(String fileName, String content, GeoLimits limits) {
		return GeoFiles.read(fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), limits);
	}

	static GeoLimits withVerticesPerGeometry(int vertices) {
		GeoLimits limits = GeoLimits.defaults();
		return new GeoLimits(limits.maxBytes(), limits.maxFeatures(), vertices, limits.maxVerticesTotal(),
				limits.maxZipEntries(), limits.maxInflatedBytes(), limits.maxCompressionRatio());
	}

}
