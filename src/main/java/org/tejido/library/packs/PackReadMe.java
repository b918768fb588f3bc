package org.tejido.library.packs;

/**
 * The pack's {@code README.txt}: what it is, how to open it, how to check it with
 * standard tools only.
 */
final class PackReadMe {

	private PackReadMe() {
	}

	static String text(String languages, String builtAt, String fingerprint) {
		return """
				TEJIDO LIBRARY: OFFLINE COPY
				============================

				A copy of the public pages of the Tejido collective protection library
				(languages: %s), built %s. It needs no internet and no server.

				OPEN IT
				  Unpack the ZIP file and open index.html in any web browser (Chromium,
				  Firefox, ...), from a USB stick, an SD card or a folder. To share it on a
				  local network (a Raspberry Pi hotspot, for example), serve the unpacked
				  folder with any static web server. Search works with JavaScript; without
				  it, browse the A-Z list and the topic pages.

				  <lang>/index.html          the library's home page in one language
				  <lang>/search.html         search (reads search-index.js, no network)
				  <lang>/a-z/index.html      every resource from A to Z
				  <lang>/resources/*.html    one page per resource
				  <lang>/opds.xml            the catalogue as an OPDS feed (e-book readers)
				  <lang>/changes.html        what changed since the previous pack
				  files/                     files whose licence allows copies
				  CHANGES.txt                what changed since the previous pack

				CHECK IT
				  manifest.sha256      the SHA-256 of every other file of the pack
				  manifest.sha256.sig  an Ed25519 signature of manifest.sha256
				  signing-key.pem      the public part of the key that signed it

				1. Check the signature of the list of hashes; it must say
				   "Signature Verified Successfully" (OpenSSL 3):

				     openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin \\
				       -in manifest.sha256 -sigfile manifest.sha256.sig

				2. Check every file against the list; every line must end in "OK":

				     sha256sum -c manifest.sha256

				   ("shasum -a 256 -c manifest.sha256" on macOS.)

				3. Check whose key signed it. Print the key's fingerprint:

				     openssl pkey -pubin -in signing-key.pem -outform DER | sha256sum

				   and compare it with the fingerprint the library's curators publish
				   (on their site, on paper): only then do you know who made this copy.

				   Fingerprint of the key that signed this pack:
				     %s

				The same checks in one command, with the Tejido program:

				     java -jar tejido.jar evidence verify pack.zip
				""".formatted(languages, builtAt, fingerprint);
	}

}
