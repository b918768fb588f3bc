package org.tejido.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tejido.library.files.FileTooLarge;

/**
 * Copies an upload to a temporary file, so that it can be read more than once without
 * being held in memory; stops (and deletes what it wrote) past the size allowed.
 */
final class Spool {

	private Spool() {
	}

	static Path of(InputStream in, long maxBytes) throws IOException {
		Path file = Files.createTempFile("tejido-upload-", ".part");
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				total += read;
				if (total > maxBytes) {
					throw new FileTooLarge(maxBytes);
				}
				out.write(buffer, 0, read);
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

}
