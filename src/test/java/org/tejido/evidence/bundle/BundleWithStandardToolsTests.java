package org.tejido.evidence.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tejido.support.StandardTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The steps of the bundle's README, with the real tools where this machine has them.
 */
class BundleWithStandardToolsTests {

	@TempDir
	Path folder;

	private final KeyPair key = Ed25519.generate();

	@Test
	void sha256sumAcceptsEveryFileOfABundleAndFindsAChangedByte() throws IOException {
		assumeTrue(StandardTools.present("sha256sum"));
		Path unpacked = StandardTools.unpacked(Bundles.written(this.key), this.folder);
		StandardTools.Run check = StandardTools.sha256sumCheck(unpacked);
		assertThat(check.exit()).as(check.output()).isZero();
		assertThat(check.output()).contains("originals/1-rio_arriba.jpg: OK", "signing-key.pem: OK");

		Path original = unpacked.resolve("originals/2-testimonio.txt");
		byte[] bytes = Files.readAllBytes(original);
		bytes[0] ^= 1;
		Files.write(original, bytes);
		StandardTools.Run changed = StandardTools.sha256sumCheck(unpacked);
		assertThat(changed.exit()).isNotZero();
		assertThat(changed.output()).contains("originals/2-testimonio.txt: FAILED");
	}

	@Test
	void opensslAcceptsTheSignatureAndPrintsTheFingerprintTheReadmeGives() throws IOException {
		assumeTrue(StandardTools.present("openssl") && StandardTools.present("sha256sum"));
		Path unpacked = StandardTools.unpacked(Bundles.written(this.key), this.folder);
		StandardTools.Run verify = StandardTools.opensslVerify(unpacked);
		assertThat(verify.exit()).as(verify.output()).isZero();
		assertThat(verify.output()).contains("Signature Verified Successfully");
		assertThat(StandardTools.fingerprint(unpacked).output())
			.startsWith(Ed25519.fingerprint(this.key.getPublic().getEncoded()));

		Path sums = unpacked.resolve("manifest.sha256");
		Files.writeString(sums, Files.readString(sums).replaceFirst("^.", "0"));
		assertThat(StandardTools.opensslVerify(unpacked).exit()).isNotZero();
	}

}
