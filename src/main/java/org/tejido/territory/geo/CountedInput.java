package org.tejido.territory.geo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes as they are read and refuses the file (413) once there are more than
 * allowed, so an oversized upload is never held whole.
 */
final class CountedInput extends FilterInputStream {

	private final long limit;

	private final String key;

	private long count;

	CountedInput(InputStream in, long limit, String key) {
		super(in);
		this.limit = limit;
		this.key = key;
	}

	long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(long n) {
		this.count += n;
		if (this.count > this.limit) {
			throw new GeoFileRefused(413, this.key, Megabytes.of(this.limit));
		}
	}

}
