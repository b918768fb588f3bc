package org.tejido.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import org.tejido.library.LibrarySettings;

/**
 * Keeps attached files under the data directory, each under its SHA-256, so that the same
 * file is stored once. A file is first received into a temporary file and only moved into
 * place once it has been accepted: nothing partial is ever visible under its hash.
 */
@Component
public class FileStore {

	private final Path root;

	private final Path incoming;

	FileStore(LibrarySettings settings) throws IOException {
		this.root = settings.filesDir();
		this.incoming = this.root.resolve("incoming");
		Files.createDirectories(this.incoming);
	}

	/**
	 * Receives bytes into a temporary file, hashing them on the way.
	 * @throws FileTooLarge past {@code maxBytes}; the partial file is deleted
	 */
	public Received receive(InputStream in, long maxBytes) throws IOException {
		Path temporary = Files.createTempFile(this.incoming, "upload-", ".part");
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256())) {
			long size = copyAtMost(in, out, maxBytes);
			String hash = HexFormat.of().formatHex(((DigestOutputStream) out).getMessageDigest().digest());
			return new Received(temporary, hash, size);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

	/** Moves a received file into place; returns whether it was new to the store. */
	public boolean keep(Received received) {
		Path target = pathOf(received.sha256());
		try {
			if (Files.exists(target)) {
				Files.deleteIfExists(received.path());
				return false;
			}
			Files.createDirectories(target.getParent());
			Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void discard(Received received) {
		try {
			Files.deleteIfExists(received.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Removes a stored file that no resource refers to (after a write was rolled back).
	 */
	public void forget(String sha256) {
		try {
			Files.deleteIfExists(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			total += read;
			if (total > maxBytes) {
				throw new FileTooLarge(maxBytes);
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file received but not yet kept. */
	public record Received(Path path, String sha256, long size) {
	}

}
