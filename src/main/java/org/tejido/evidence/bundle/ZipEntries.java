package org.tejido.evidence.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one entry of a ZIP while hashing what goes into it.
 */
final class ZipEntries {

	private ZipEntries() {
	}

	interface Content {

		void write(OutputStream out) throws IOException;

	}

	static BundleWriter.HashedEntry write(ZipOutputStream zip, String path, Content content) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		Hashing hashing = new Hashing(zip);
		content.write(hashing);
		zip.closeEntry();
		return new BundleWriter.HashedEntry(path, HexFormat.of().formatHex(hashing.digest.digest()));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Hashes what passes through, and never closes the zip underneath. */
	private static final class Hashing extends FilterOutputStream {

		private final MessageDigest digest = sha256();

		Hashing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.digest.update((byte) b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.digest.update(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
