package org.tejido.territory.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GeoSafetyTests {

	@Test
	void refusesAKmlWithAnExternalEntityWithoutReadingIt() {
		GeoFileRefused refused = refused(() -> GeoSamples.read("xxe.kml"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.key()).isEqualTo("territory.geo.doctype");
	}

	@Test
	void refusesAGpxWithAnExternalDtd() {
		GeoFileRefused refused = refused(() -> GeoSamples.read("xxe.gpx"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.key()).isEqualTo("territory.geo.doctype");
	}

	@Test
	void refusesADoctypeThatComesAfterTheBytesLookedAtFirst() {
		String kml = "<?xml version=\"1.0\"?><!--" + "x".repeat(20_000)
				+ "--><!DOCTYPE kml [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><kml><Placemark><name>&xxe;</name></Placemark></kml>";

		String gpx = "<?xml version=\"1.0\"?><!--" + "x".repeat(20_000)
				+ "--><!DOCTYPE gpx SYSTEM \"http://127.0.0.1:9/evil.dtd\"><gpx><wpt lat=\"1\" lon=\"1\"/></gpx>";

		assertThat(refused(() -> GeoSamples.readText("late.kml", kml)).status()).isEqualTo(400);
		assertThat(refused(() -> GeoSamples.readText("late.gpx", gpx)).key()).isEqualTo("territory.geo.doctype");
	}

	@Test
	void refusesAKmzZipBombWhileInflatingIt() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("doc.kml"));
			out.write("<kml><Placemark><description>".getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				out.write(spaces);
			}
			out.closeEntry();
		}
		assertThat(zip.size()).isLessThan(1_000_000);

		GeoFileRefused refused = refused(() -> GeoFiles.read("bomb.kmz",
				new java.io.ByteArrayInputStream(zip.toByteArray()), GeoLimits.defaults()));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.key()).isEqualTo("territory.geo.kmz-ratio");
	}

	@Test
	void refusesAKmzWithTooManyEntries() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			for (int i = 0; i < 1_001; i++) {
				out.putNextEntry(new ZipEntry("f" + i + ".txt"));
				out.closeEntry();
			}
		}

		GeoFileRefused refused = refused(() -> GeoFiles.read("many.kmz",
				new java.io.ByteArrayInputStream(zip.toByteArray()), GeoLimits.defaults()));

		assertThat(refused.key()).isEqualTo("territory.geo.kmz-too-many-entries");
	}

	@Test
	void refusesAFileOverTheSizeLimitWhileStreamingIt() {
		EndlessGeoJson endless = new EndlessGeoJson(50_000_000L);

		GeoFileRefused refused = refused(() -> GeoFiles.read("huge.geojson", endless, GeoLimits.defaults()));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.key()).isEqualTo("territory.geo.too-large");
		assertThat(endless.served()).isLessThan(21_000_000L);
	}

	@Test
	void refusesAnXmlFileOverTheSizeLimitWhileParsingIt() {
		GeoLimits limits = GeoLimits.defaults();
		GeoLimits small = new GeoLimits(30_000, limits.maxFeatures(), limits.maxVerticesPerGeometry(),
				limits.maxVerticesTotal(), limits.maxZipEntries(), limits.maxInflatedBytes(),
				limits.maxCompressionRatio());
		String gpx = "<gpx>" + "<wpt lat=\"1\" lon=\"2\"><name>W</name></wpt>".repeat(2_000) + "</gpx>";

		GeoFileRefused refused = refused(() -> GeoSamples.readText("big.gpx", gpx, small));

		assertThat(refused.key()).isEqualTo("territory.geo.too-large");
		assertThat(refused.arguments()).containsExactly("0.03");
	}

	@Test
	void refusesAPolygonWithTooManyVerticesAsSoonAsTheLimitIsCrossed() {
		StringBuilder ring = new StringBuilder();
		for (int i = 0; i < 1_000; i++) {
			ring.append(i % 90).append(',').append(i % 80).append(' ');
		}
		String kml = "<kml><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>" + ring
				+ "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>";

		GeoFileRefused refused = refused(
				() -> GeoSamples.readText("big.kml", kml, GeoSamples.withVerticesPerGeometry(500)));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.key()).isEqualTo("territory.geo.too-many-vertices");
		assertThat(refused.arguments()).containsExactly(1, 500);
	}

	@Test
	void refusesAFileThatIsNotGeographic() {
		assertThat(refused(() -> GeoSamples.read("not-geo.csv")).status()).isEqualTo(415);
		assertThat(refused(() -> GeoSamples.readText("x.xml", "<html><body/></html>")).status()).isEqualTo(415);
		assertThat(refused(() -> GeoSamples.readText("x.json", "[1, 2]")).status()).isEqualTo(415);
		assertThat(refused(() -> GeoSamples.readText("x.json", "{\"a\": 1}")).status()).isEqualTo(415);
	}

	@Test
	void refusesAnEmptyOrCutFile() {
		assertThat(refused(() -> GeoSamples.readText("x.kml", "")).key()).isEqualTo("territory.geo.empty");
		GeoFileRefused cut = refused(
				() -> GeoSamples.readText("x.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{"));
		assertThat(cut.status()).isEqualTo(422);
		assertThat(cut.key()).isEqualTo("territory.geo.unreadable-at-line");
		assertThat(refused(() -> GeoSamples.readText("x.kml", "<kml><Placemark>")).status()).isEqualTo(422);
		assertThat(refused(() -> GeoSamples.readText("x.kmz", "PK\u0003\u0004garbage")).status()).isEqualTo(422);
	}

	private static GeoFileRefused refused(Runnable reading) {
		GeoFileRefused refused = catchThrowableOfType(GeoFileRefused.class, reading::run);
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

	/**
	 * A GeoJSON that goes on (in white space) for as many bytes as asked, without holding
	 * them.
	 */
	private static final class EndlessGeoJson extends InputStream {

		private static final byte[] HEAD = "{\"type\":\"FeatureCollection\",\"features\":["
			.getBytes(StandardCharsets.UTF_8);

		private final long size;

		private long served;

		EndlessGeoJson(long size) {
			this.size = size;
		}

		long served() {
			return this.served;
		}

		@Override
		public int read() {
			if (this.served >= this.size) {
				return -1;
			}
			long at = this.served++;
			return (at < HEAD.length) ? HEAD[(int) at] : ' ';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.served >= this.size) {
				return -1;
			}
			int n = (int) Math.min(length, this.size - this.served);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = (byte) read();
			}
			return n;
		}

	}

}
