package org.tejido.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tejido.Commands;
import org.tejido.TejidoApplication;
import org.tejido.evidence.bundle.BundleItem;
import org.tejido.evidence.bundle.BundleTexts;
import org.tejido.evidence.bundle.BundleWriter;
import org.tejido.evidence.bundle.Ed25519;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceCommandTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** {@code java -jar tejido.jar ARGS}, through the same dispatch as {@code main}. */
	private int run(String... args) {
		return Commands
			.of(TejidoApplication.class, (name) -> null, new ByteArrayInputStream(new byte[0]),
					new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args)
			.orElseThrow();
	}

	@Test
	void runsWhereverTheSettingsStand() throws IOException {
		Path bundle = bundle();
		assertThat(run("--tejido.data-dir=/tmp/x", "evidence", "verify", bundle.toString())).isZero();
		assertThat(run("evidence", "--logging.level.root=warn", "verify", bundle.toString())).isZero();
		assertThat(run("evidence", "verify", bundle.toString(), "--logging.level.root=warn")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("INTACT: 1 item(s)");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void exitsZeroAndSummarisesAnIntactBundle() throws IOException {
		Path bundle = bundle();
		assertThat(run("--logging.level.root=warn", "evidence", "verify", bundle.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("INTACT: 1 item(s), created at 2025-03-10T15:00:00Z", "fingerprint ");
	}

	@Test
	void exitsOneNamingTheFirstBadFile() throws IOException {
		Path bundle = bundle();
		byte[] bytes = Files.readAllBytes(bundle);
		int at = indexOf(bytes, "acta de la asamblea".getBytes(StandardCharsets.UTF_8));
		bytes[at] = 'A';
		Files.write(bundle, bytes);
		assertThat(run("evidence", "verify", bundle.toString())).isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("TAMPERED: originals/1-acta.txt");
	}

	@Test
	void exitsSixtyFourWhenCalledWrongly() {
		assertThat(run("evidence")).isEqualTo(64);
		assertThat(run("--tejido.data-dir=/tmp/x", "evidence", "check", "b.zip")).isEqualTo(64);
		assertThat(run("evidence", "verify", this.folder.resolve("none.zip").toString())).isEqualTo(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar tejido.jar evidence verify");
	}

	private Path bundle() throws IOException {
		byte[] acta = "acta de la asamblea".getBytes(StandardCharsets.UTF_8);
		var key = Ed25519.generate();
		Path bundle = this.folder.resolve("bundle.zip");
		try (var out = Files.newOutputStream(bundle)) {
			new BundleWriter(key.getPrivate(), key.getPublic().getEncoded(),
					java.time.Instant.parse("2025-03-10T15:00:00Z"), "Rosa", BundleTexts.ENGLISH)
				.write(List
					.of(new BundleItem("acta.txt", sha256(acta), acta.length, "image/jpeg", java.time.Instant.EPOCH, "",
							List.of(), List.of(), () -> new java.io.ByteArrayInputStream(acta))),
						out);
		}
		return bundle;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalStateException("not found");
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
