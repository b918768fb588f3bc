package org.tejido.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivesSettings;
import org.tejido.site.NotFound;

/**
 * The bytes of evidence, encrypted with the collective's file key under
 * {@code <files-dir>/<collective>/evidence/}, so that they go with the collective's
 * folder when it is deleted.
 */
@Component
class EvidenceFiles {

	enum Copy {

		ORIGINAL, SHARED;

		String suffix() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final CollectiveKeys keys;

	private final Path root;

	EvidenceFiles(CollectiveKeys keys, CollectivesSettings settings) {
		this.keys = keys;
		this.root = settings.filesDir();
	}

	/**
	 * Writes a copy; it is removed again if the surrounding transaction does not commit.
	 */
	void write(UUID collective, UUID item, Copy copy, byte[] bytes) {
		Path target = fileOf(collective, item, copy);
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			Files.createDirectories(target.getParent());
			try (OutputStream out = this.keys.encrypting(collective, binding(item, copy),
					Files.newOutputStream(partial))) {
				out.write(bytes);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			deleteOnRollback(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	/** The decrypted bytes of a copy; the caller closes the stream. */
	InputStream open(UUID collective, UUID item, Copy copy) {
		try {
			return this.keys.decrypting(collective, binding(item, copy),
					Files.newInputStream(fileOf(collective, item, copy)));
		}
		catch (IOException ex) {
			throw new NotFound();
		}
	}

	private Path fileOf(UUID collective, UUID item, Copy copy) {
		return this.root.resolve(collective.toString()).resolve("evidence").resolve(item + "." + copy.suffix());
	}

	private static String binding(UUID item, Copy copy) {
		return "evidence:" + item + ":" + copy.suffix();
	}

	private static void deleteOnRollback(Path file) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(file);
				}
			}
		});
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// left for the removal of the collective's folder
		}
	}

}
