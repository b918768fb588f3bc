package org.tejido.evidence.bundle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 with the JDK alone, in the encodings OpenSSL reads: public keys as SPKI (PEM
 * "PUBLIC KEY"), private keys as PKCS#8, signatures as the raw 64 bytes.
 */
public final class Ed25519 {

	private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";

	private static final String PEM_END = "-----END PUBLIC KEY-----";

	private Ed25519() {
	}

	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] sign(PrivateKey key, byte[] data) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(key);
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the signature is the key's over these bytes; never throws. */
	public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
		try {
			Signature check = Signature.getInstance("Ed25519");
			check.initVerify(key);
			check.update(data);
			return check.verify(signature);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

	public static PrivateKey privateKey(byte[] pkcs8) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @throws IllegalArgumentException if the bytes are not an Ed25519 public key
	 */
	public static PublicKey publicKey(byte[] spki) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not an Ed25519 public key", ex);
		}
	}

	public static String pem(byte[] spki) {
		return PEM_BEGIN + "\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki) + "\n"
				+ PEM_END + "\n";
	}

	/**
	 * @throws IllegalArgumentException if the text is not a PEM public key
	 */
	public static byte[] spkiOf(String pem) {
		int begin = pem.indexOf(PEM_BEGIN);
		int end = pem.indexOf(PEM_END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("not a PEM public key");
		}
		return Base64.getMimeDecoder().decode(pem.substring(begin + PEM_BEGIN.length(), end));
	}

	/**
	 * The SHA-256 of the key's SPKI bytes in hex: what {@code openssl pkey -pubin -in
	 * signing-key.pem -outform DER | sha256sum} prints.
	 */
	public static String fingerprint(byte[] spki) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
