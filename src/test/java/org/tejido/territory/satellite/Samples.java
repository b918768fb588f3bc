package org.tejido.territory.satellite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The sample files under src/test/resources/territory/satellite, and alerts made by hand.
 */
final class Samples {

	static final Clock DECEMBER_2024 = Clock.fixed(Instant.parse("2024-12-01T12:00:00Z"), ZoneOffset.UTC);

	private Samples() {
	}

	static AlertFile read(String name) {
		return read(name, AlertLimits.DEFAULT);
	}

	static AlertFile read(String name, AlertLimits limits) {
		try (InputStream in = open(name)) {
			return new SatelliteAlertReader(limits, DECEMBER_2024).read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static InputStream open(String name) {
		InputStream in = Samples.class.getResourceAsStream("/territory/satellite/" + name);
		if (in == null) {
			throw new IllegalArgumentException("no sample " + name);
		}
		return in;
	}

	static Geometry territory() {
		try (InputStream in = open("territory.wkt")) {
			return new WKTReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static SatelliteAlert deforestation(double latitude, double longitude, String date) {
		return new SatelliteAlert(latitude, longitude, LocalDate.parse(date), null, AlertSource.GFW_INTEGRATED,
				Confidence.NOMINAL, null, null);
	}

	static SatelliteAlert fire(double latitude, double longitude, String date) {
		return new SatelliteAlert(latitude, longitude, LocalDate.parse(date), null, AlertSource.FIRMS_VIIRS,
				Confidence.NOMINAL, 3.0, 330.0);
	}

}
