package org.tejido.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The standard tools a bundle's README names ({@code sha256sum}, {@code openssl}), run as
 * the processes they are, when this machine has them.
 */
public final class StandardTools {

	private StandardTools() {
	}

	/** What a process printed and how it exited. */
	public record Run(int exit, String output) {
	}

	public static boolean present(String tool) {
		try {
			return run(Path.of("."), List.of("sh", "-c", "command -v " + tool)).exit() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Unpacks a bundle into a folder, as {@code unzip} would. */
	public static Path unpacked(byte[] zip, Path folder) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				Path file = folder.resolve(entry.getName()).normalize();
				if (!file.startsWith(folder)) {
					throw new IOException("entry outside the folder: " + entry.getName());
				}
				Files.createDirectories(file.getParent());
				Files.write(file, in.readAllBytes());
			}
		}
		return folder;
	}

	public static Run sha256sumCheck(Path folder) throws IOException {
		return run(folder, List.of("sha256sum", "-c", "manifest.sha256"));
	}

	public static Run opensslVerify(Path folder) throws IOException {
		return run(folder, List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pem", "-rawin",
				"-in", "manifest.sha256", "-sigfile", "manifest.sha256.sig"));
	}

	public static Run fingerprint(Path folder) throws IOException {
		return run(folder, List.of("sh", "-c", "openssl pkey -pubin -in signing-key.pem -outform DER | sha256sum"));
	}

	public static Run run(Path folder, List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("timed out: " + command);
			}
			return new Run(process.exitValue(), output);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
