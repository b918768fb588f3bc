package org.tejido.territory.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes GeoJSON, KML, KMZ and GPX. Reading tells the format from the content,
 * keeps to the {@link GeoLimits} while it streams, and returns the sound features with a
 * problem for each feature left out; a file that cannot be read at all is refused with a
 * {@link GeoFileRefused}. Thread-safe; no state.
 */
public final class GeoFiles {

	private GeoFiles() {
	}

	/**
	 * Reads a geographic file.
	 * @param fileName the name it was uploaded with, a hint only (may be null)
	 * @param in the file's bytes; read once, not closed
	 * @param limits how much to read before refusing it
	 * @return the features read and the problems of those left out
	 * @throws GeoFileRefused if the file is refused as a whole
	 */
	public static GeoReading read(@Nullable String fileName, InputStream in, GeoLimits limits) {
		CountedInput counted = new CountedInput(in, limits.maxBytes(), "territory.geo.too-large");
		BufferedInputStream buffered = new BufferedInputStream(counted, 16 * 1024);
		Collected out = new Collected(limits);
		try {
			GeoFormat format = FormatSniffer.sniff(buffered, fileName);
			switch (format) {
				case GEOJSON -> new GeoJsonReader(out).read(buffered);
				case KML -> new KmlReader(out).read(buffered, GeoFormat.KML);
				case GPX -> new GpxReader(out).read(buffered);
				case KMZ ->
					new KmzReader(limits, counted, buffered).read((kml) -> new KmlReader(out).read(kml, GeoFormat.KMZ));
			}
			return out.reading(format);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a geographic file under the default limits. */
	public static GeoReading read(@Nullable String fileName, InputStream in) {
		return read(fileName, in, GeoLimits.defaults());
	}

	/**
	 * Writes features in a format: GeoJSON (RFC 7946), KML 2.2 or GPX 1.1 (KMZ is not
	 * written).
	 * @return notes on features written differently from what they are (a polygon written
	 * to GPX as its outer ring), numbered from 1 in the order given
	 */
	public static List<GeoProblem> write(GeoFormat format, List<GeoFeature> features, OutputStream out) {
		return switch (format) {
			case GEOJSON -> GeoJsonWriter.write(features, out);
			case KML -> KmlWriter.write(features, out);
			case GPX -> GpxWriter.write(features, out);
			case KMZ -> throw new IllegalArgumentException("KMZ is read, not written");
		};
	}

}
