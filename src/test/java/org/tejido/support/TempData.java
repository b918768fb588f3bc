package org.tejido.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh data directory for an application under test.
 */
public final class TempData {

	private TempData() {
	}

	public static Path newDirectory() {
		try {
			return Files.createTempDirectory("tejido-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
