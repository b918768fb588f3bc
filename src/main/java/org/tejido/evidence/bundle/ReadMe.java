package org.tejido.evidence.bundle;

/**
 * The bundle's {@code README.txt}: how to check it with standard tools only.
 */
final class ReadMe {

	private ReadMe() {
	}

	static String text(String fingerprint) {
		return """
				EVIDENCE BUNDLE: HOW TO CHECK IT
				================================

				This bundle holds files exactly as they reached the collective (originals/),
				what was recorded about each of them on arrival and since (manifest.json,
				summary.html), and proof that nothing was changed since the bundle was made:

				  manifest.sha256      the SHA-256 of every other file of the bundle
				  manifest.sha256.sig  an Ed25519 signature of manifest.sha256, made with
				                       the collective's signing key
				  signing-key.pem      the public part of that key

				You need only sha256sum (coreutils; "shasum -a 256" on macOS) and OpenSSL 3.

				1. Unpack the bundle into an empty folder and go into it:

				     unzip bundle.zip -d bundle && cd bundle

				2. Check the signature of the list of hashes. It must say
				   "Signature Verified Successfully":

				     openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin \\
				       -in manifest.sha256 -sigfile manifest.sha256.sig

				3. Check every file against the list. Every line must end in "OK":

				     sha256sum -c manifest.sha256

				4. Check that the folder holds nothing else: the files listed in
				   manifest.sha256, plus manifest.sha256 and manifest.sha256.sig.

				     find . -type f | sort

				5. Check whose key signed it. Print the key's fingerprint:

				     openssl pkey -pubin -in signing-key.pem -outform DER | sha256sum

				   It must be the fingerprint the collective gave you by another way (in
				   person, on paper, by a phone call), not only the one written here. A
				   bundle that passes steps 2 to 4 proves only that it is whole as its
				   signer made it; step 5 says who the signer is.

				   Fingerprint of the key that signed this bundle:
				     %s

				The same checks in one command, with the Tejido program (no server needed):

				     java -jar tejido.jar evidence verify bundle.zip

				It answers 0 when the bundle is intact, 1 when a file was changed, added or
				removed or the signature is missing or wrong (naming the first bad file).
				""".formatted(fingerprint);
	}

}
