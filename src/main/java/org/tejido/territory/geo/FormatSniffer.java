package org.tejido.territory.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells the format from the first bytes of a file; the file's name is only a hint for an
 * XML file whose root element comes later than the bytes looked at.
 */
final class FormatSniffer {

	private static final int HEAD = 8192;

	private static final Pattern KML_ROOT = Pattern.compile("<([\\w.-]+:)?kml[\\s>/]");

	private static final Pattern GPX_ROOT = Pattern.compile("<([\\w.-]+:)?gpx[\\s>/]");

	private FormatSniffer() {
	}

	static GeoFormat sniff(BufferedInputStream in, @Nullable String fileName) throws IOException {
		in.mark(HEAD);
		byte[] head = in.readNBytes(HEAD);
		in.reset();
		if (head.length == 0) {
			throw new GeoFileRefused(422, "territory.geo.empty");
		}
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return GeoFormat.KMZ;
		}
		String text = new String(head, StandardCharsets.ISO_8859_1);
		String start = text.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
		if (start.startsWith("{")) {
			return GeoFormat.GEOJSON;
		}
		if (!start.startsWith("<")) {
			throw new GeoFileRefused(415, "territory.geo.not-geo");
		}
		if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
			throw new GeoFileRefused(400, "territory.geo.doctype");
		}
		return xml(text, extension(fileName));
	}

	private static GeoFormat xml(String text, String extension) {
		if (KML_ROOT.matcher(text).find()) {
			return GeoFormat.KML;
		}
		if (GPX_ROOT.matcher(text).find()) {
			return GeoFormat.GPX;
		}
		return switch (extension) {
			case "kml" -> GeoFormat.KML;
			case "gpx" -> GeoFormat.GPX;
			default -> throw new GeoFileRefused(415, "territory.geo.not-geo");
		};
	}

	private static String extension(@Nullable String fileName) {
		if (fileName == null || fileName.lastIndexOf('.') < 0) {
			return "";
		}
		return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

}
