package org.tejido.library.files;

/**
 * A file or request body went past the size the library accepts.
 */
public class FileTooLarge extends RuntimeException {

	private final long maxBytes;

	public FileTooLarge(long maxBytes) {
		super("larger than " + maxBytes + " bytes", null, false, false);
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

}
