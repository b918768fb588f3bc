package org.tejido.territory.internal;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Tells a geographic file (GeoJSON, KML, KMZ, GPX) from a CSV sheet by its first bytes: a
 * brace, an angle bracket or a zip signature, after any byte-order mark and blanks.
 */
public final class GeoUpload {

	private static final int LOOK = 1024;

	private GeoUpload() {
	}

	/** Looks at the start of the stream, then puts it back as it was. */
	public static boolean isGeographic(BufferedInputStream in) throws IOException {
		in.mark(LOOK);
		try {
			byte[] start = in.readNBytes(LOOK);
			int i = 0;
			if (start.length >= 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB
					&& (start[2] & 0xff) == 0xBF) {
				i = 3;
			}
			while (i < start.length && Character.isWhitespace(start[i])) {
				i++;
			}
			if (i >= start.length) {
				return false;
			}
			return start[i] == '{' || start[i] == '<'
					|| (start[i] == 'P' && i + 1 < start.length && start[i + 1] == 'K');
		}
		finally {
			in.reset();
		}
	}

}
