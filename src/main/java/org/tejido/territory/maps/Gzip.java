package org.tejido.territory.maps;

import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** The size of a text once gzipped as the server sends it. */
final class Gzip {

	/** Gzip's header and trailer around the deflated bytes. */
	private static final int FRAMING = 18;

	private Gzip() {
	}

	static int size(String text) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
			deflater.finish();
			byte[] buffer = new byte[8192];
			int size = 0;
			while (!deflater.finished()) {
				size += deflater.deflate(buffer);
			}
			return size + FRAMING;
		}
		finally {
			deflater.end();
		}
	}

}
