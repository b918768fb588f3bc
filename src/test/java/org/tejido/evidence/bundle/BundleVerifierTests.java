package org.tejido.evidence.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleVerifierTests {

	@TempDir
	Path folder;

	private final KeyPair key = Ed25519.generate();

	private byte[] bundle;

	@BeforeEach
	void writeABundle() throws IOException {
		this.bundle = Bundles.written(this.key);
	}

	@Test
	void findsABundleAsWrittenIntactAndSaysWhoseKeySignedIt() throws IOException {
		Verdict verdict = verify(this.bundle);
		assertThat(verdict.intact()).as(verdict.problem()).isTrue();
		assertThat(verdict.items()).isEqualTo(2);
		assertThat(verdict.createdAt()).isEqualTo("2025-03-10T15:00:00Z");
		assertThat(verdict.fingerprint()).isEqualTo(Ed25519.fingerprint(this.key.getPublic().getEncoded()));
	}

	@Test
	void holdsTheOriginalsTheManifestsTheKeyAndTheInstructions() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		assertThat(entries).containsKeys("originals/1-rio_arriba.jpg", "originals/2-testimonio.txt", "manifest.json",
				"summary.html", "README.txt", "signing-key.pem", "manifest.sha256", "manifest.sha256.sig");
		assertThat(entries.get("originals/1-rio_arriba.jpg")).isEqualTo(Bundles.PHOTO);
		String sums = text(entries, "manifest.sha256");
		assertThat(sums.lines()).hasSize(6)
			.contains(Bundles.sha256(Bundles.PHOTO) + "  originals/1-rio_arriba.jpg")
			.allMatch((line) -> line.matches("[0-9a-f]{64}  \\S.*"));
		assertThat(text(entries, "manifest.json")).contains("\"name\" : \"río arriba.jpg\"",
				"\"createdBy\" : \"Doña Rosa\"", "\"submittedBy\" : \"Rafael\"", "\"notices\" : [ \"date-doubtful\" ]",
				"\"action\" : \"received\"");
		assertThat(text(entries, "README.txt")).contains("sha256sum -c manifest.sha256",
				"openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin",
				Ed25519.fingerprint(this.key.getPublic().getEncoded()));
		assertThat(text(entries, "summary.html")).contains("río arriba.jpg").doesNotContain("<script");
		assertThat(entries.get("manifest.sha256.sig")).hasSize(64);
	}

	@Test
	void namesAnOriginalWithOneByteChanged() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.get("originals/2-testimonio.txt")[3] ^= 1;
		Verdict verdict = verify(Bundles.zipped(entries));
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.badFile()).isEqualTo("originals/2-testimonio.txt");
	}

	@Test
	void findsTheSignatureBrokenWhenTheListOfHashesWasEdited() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.get("originals/2-testimonio.txt")[3] ^= 1;
		String sums = text(entries, "manifest.sha256").replace(Bundles.sha256(Bundles.TESTIMONY),
				Bundles.sha256(entries.get("originals/2-testimonio.txt")));
		entries.put("manifest.sha256", sums.getBytes(StandardCharsets.UTF_8));
		Verdict verdict = verify(Bundles.zipped(entries));
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.badFile()).isEqualTo("manifest.sha256");
		assertThat(verdict.problem()).contains("signature");
	}

	@Test
	void namesAnEditedManifest() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.put("manifest.json",
				text(entries, "manifest.json").replace("Rafael", "Nadie").getBytes(StandardCharsets.UTF_8));
		assertThat(verify(Bundles.zipped(entries)).badFile()).isEqualTo("manifest.json");
	}

	@Test
	void findsABundleWithoutItsSignatureUnsigned() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.remove("manifest.sha256.sig");
		Verdict verdict = verify(Bundles.zipped(entries));
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.badFile()).isEqualTo("manifest.sha256.sig");
		assertThat(verdict.problem()).contains("not signed");
	}

	@Test
	void findsABundleSignedByAnotherKeyAndCarryingItsOwnKeyStillIntactButWithThatKeysFingerprint() throws IOException {
		KeyPair other = Ed25519.generate();
		Verdict verdict = verify(Bundles.written(other));
		assertThat(verdict.intact()).isTrue();
		assertThat(verdict.fingerprint()).isEqualTo(Ed25519.fingerprint(other.getPublic().getEncoded()))
			.isNotEqualTo(Ed25519.fingerprint(this.key.getPublic().getEncoded()));
	}

	@Test
	void findsASwappedKeyWithTheOldSignatureBroken() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.put("signing-key.pem",
				Ed25519.pem(Ed25519.generate().getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII));
		assertThat(verify(Bundles.zipped(entries)).badFile()).isEqualTo("manifest.sha256");
	}

	@Test
	void namesAFileAddedAfterSigning() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.put("originals/3-planted.jpg", "planted".getBytes(StandardCharsets.UTF_8));
		Verdict verdict = verify(Bundles.zipped(entries));
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.badFile()).isEqualTo("originals/3-planted.jpg");
	}

	@Test
	void namesAFileRemovedAfterSigning() throws IOException {
		Map<String, byte[]> entries = Bundles.entries(this.bundle);
		entries.remove("summary.html");
		assertThat(verify(Bundles.zipped(entries)).badFile()).isEqualTo("summary.html");
	}

	@Test
	void findsAFileThatIsNoZipNotIntact() throws IOException {
		Verdict verdict = verify("just text".getBytes(StandardCharsets.UTF_8));
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.badFile()).isEqualTo("bundle.zip");
	}

	@Test
	void refusesToWriteAnOriginalThatNoLongerHasItsSealedHash() {
		BundleItem changed = new BundleItem("x.txt", Bundles.sha256(Bundles.PHOTO), 3, "text/plain",
				java.time.Instant.EPOCH, "", java.util.List.of(), java.util.List.of(),
				() -> new java.io.ByteArrayInputStream(Bundles.TESTIMONY));
		assertThatThrownBy(() -> new BundleWriter(this.key.getPrivate(), this.key.getPublic().getEncoded(),
				java.time.Instant.EPOCH, "", BundleTexts.ENGLISH)
			.write(java.util.List.of(changed), java.io.OutputStream.nullOutputStream())).isInstanceOf(IOException.class)
			.hasMessageContaining("sealed hash");
	}

	@Test
	void keepsFileNamesThatEveryUnzipReadsAlike() {
		assertThat(BundleWriter.safeName("Foto río/../../etc passwd.jpg")).isEqualTo("Foto_rio_.._.._etc_passwd.jpg");
		assertThat(BundleWriter.safeName("..hidden")).isEqualTo("_hidden");
		assertThat(BundleWriter.safeName("")).isEqualTo("file");
	}

	private Verdict verify(byte[] zip) throws IOException {
		return new BundleVerifier().verify(Bundles.saved(this.folder, "bundle.zip", zip));
	}

	private static String text(Map<String, byte[]> entries, String name) {
		return new String(entries.get(name), StandardCharsets.UTF_8);
	}

}
