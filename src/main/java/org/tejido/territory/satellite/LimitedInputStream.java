package org.tejido.territory.satellite;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails the read that goes past a size, and remembers it did. */
final class LimitedInputStream extends FilterInputStream {

	private final long max;

	private long count;

	private boolean exceeded;

	LimitedInputStream(InputStream in, long max) {
		super(in);
		this.max = max;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b != -1) {
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

	private void counted(int n) throws IOException {
		this.count += n;
		if (this.count > this.max) {
			this.exceeded = true;
			throw new IOException("more than " + this.max + " bytes");
		}
	}

	boolean exceeded() {
		return this.exceeded;
	}

}
