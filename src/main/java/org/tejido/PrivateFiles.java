package org.tejido;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the data directory to the service's own account: folders {@code rwx------}, files
 * {@code rw-------}. The database, the index and the stored files are created by
 * libraries that follow the process's umask (often {@code 644}), so the whole tree is
 * tightened at start-up and again once the application is ready.
 */
final class PrivateFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	static void tighten(Path root) {
		if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			Files.createDirectories(root);
			try (Stream<Path> tree = Files.walk(root)) {
				tree.forEach(PrivateFiles::restrict);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void restrict(Path path) {
		try {
			if (Files.isSymbolicLink(path)) {
				return;
			}
			Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
		}
		catch (IOException ex) {
			// a file removed while walking (a temporary file of the database) needs
			// nothing
			if (Files.exists(path)) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
