package org.tejido.territory.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeoUploadTests {

	@Test
	void tellsGeographicFilesFromSheetsByTheirFirstBytesAndPutsThemBack() throws IOException {
		assertThat(geographic("\uFEFF  {\"type\":\"FeatureCollection\"}")).isTrue();
		assertThat(geographic("\n<?xml version=\"1.0\"?><gpx/>")).isTrue();
		assertThat(geographic("PK\u0003\u0004")).isTrue();
		assertThat(geographic("start,category,gps\n")).isFalse();
		assertThat(geographic("   ")).isFalse();
		BufferedInputStream in = stream("{\"a\":1}");
		GeoUpload.isGeographic(in);
		assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
	}

	private static boolean geographic(String start) throws IOException {
		return GeoUpload.isGeographic(stream(start));
	}

	private static BufferedInputStream stream(String content) {
		return new BufferedInputStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

}
