package org.tejido.library.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The instance's Ed25519 key for signing packs, made on first use and kept in the packs
 * folder of the data directory: the private part as PKCS#8 DER readable by its owner
 * only, the public part as a PEM "PUBLIC KEY", the encodings OpenSSL reads (as for
 * evidence bundles, decision 0009). Whoever backs up the data directory backs it up.
 */
public final class PackKey {

	static final String PRIVATE_FILE = "pack-signing-key.pk8";

	static final String PUBLIC_FILE = "pack-signing-key.pem";

	private final PrivateKey privateKey;

	private final byte[] publicKey;

	private PackKey(PrivateKey privateKey, byte[] publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	/** The key kept in this folder, made there if there is none yet. */
	public static synchronized PackKey in(Path folder) {
		try {
			Path secret = folder.resolve(PRIVATE_FILE);
			Path pub = folder.resolve(PUBLIC_FILE);
			if (Files.exists(secret)) {
				return read(secret, pub);
			}
			Files.createDirectories(folder);
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			Path partial = folder.resolve(PRIVATE_FILE + ".new");
			Files.deleteIfExists(partial);
			ownerOnly(partial);
			Files.write(partial, pair.getPrivate().getEncoded(), StandardOpenOption.TRUNCATE_EXISTING);
			Files.writeString(pub, pem(pair.getPublic().getEncoded()));
			Files.move(partial, secret);
			return new PackKey(pair.getPrivate(), pair.getPublic().getEncoded());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
		}
	}

	private static PackKey read(Path secret, Path pub) throws IOException, GeneralSecurityException {
		KeyFactory factory = KeyFactory.getInstance("Ed25519");
		PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(secret)));
		byte[] publicKey;
		if (Files.exists(pub)) {
			publicKey = spkiOf(Files.readString(pub));
		}
		else {
			throw new IOException("the pack key's public part is missing: " + pub);
		}
		return new PackKey(privateKey, publicKey);
	}

	/** The raw 64-byte signature that {@code openssl pkeyutl -verify -rawin} checks. */
	public byte[] sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(this.privateKey);
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a signature over these bytes was made by the key in this PEM text. */
	public static boolean verify(String publicPem, byte[] data, byte[] signature) {
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spkiOf(publicPem)));
			Signature check = Signature.getInstance("Ed25519");
			check.initVerify(key);
			check.update(data);
			return check.verify(signature);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

	public String publicPem() {
		return pem(this.publicKey);
	}

	/**
	 * SHA-256 of the public key's DER:
	 * {@code openssl pkey -pubin -outform DER | sha256sum}.
	 */
	public String fingerprint() {
		return HexFormat.of().formatHex(Manifest.digest().digest(this.publicKey));
	}

	private static String pem(byte[] spki) {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki)
				+ "\n-----END PUBLIC KEY-----\n";
	}

	private static byte[] spkiOf(String pem) {
		String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
		return Base64.getMimeDecoder().decode(body.strip());
	}

}
