package org.tejido.evidence.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidence bundle as {@link BundleWriter} makes it, with nothing but the
 * bundle: the signature of {@code manifest.sha256} by the key in {@code signing-key.pem},
 * then that every file it lists has its hash and that no other file was slipped in. Plain
 * Java: no Spring, no database.
 */
public final class BundleVerifier {

	public static final String SUMS = "manifest.sha256";

	public static final String SIGNATURE = "manifest.sha256.sig";

	public static final String KEY = "signing-key.pem";

	private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Checks the bundle; a file that is not a readable ZIP is not intact. */
	public Verdict verify(Path bundle) throws IOException {
		try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
			return verify(zip);
		}
		catch (ZipException ex) {
			return Verdict.bad(bundle.getFileName().toString(), "not a readable ZIP file");
		}
	}

	private Verdict verify(ZipFile zip) throws IOException {
		Set<String> files = new LinkedHashSet<>();
		for (ZipEntry entry : zip.stream().filter((entry) -> !entry.isDirectory()).toList()) {
			if (!files.add(entry.getName())) {
				return Verdict.bad(entry.getName(), "appears twice in the bundle");
			}
		}
		for (String needed : new String[] { SUMS, SIGNATURE, KEY }) {
			if (!files.contains(needed)) {
				return Verdict.bad(needed, "missing: the bundle is not signed");
			}
		}
		byte[] keyBytes;
		PublicKey key;
		try {
			keyBytes = Ed25519.spkiOf(text(zip, KEY));
			key = Ed25519.publicKey(keyBytes);
		}
		catch (IllegalArgumentException ex) {
			return Verdict.bad(KEY, "not an Ed25519 public key");
		}
		byte[] sums = bytes(zip, SUMS);
		if (!Ed25519.verify(key, sums, bytes(zip, SIGNATURE))) {
			return Verdict.bad(SUMS,
					"the signature does not match: the list of hashes was changed or not signed" + " by this key");
		}
		return checkFiles(zip, files, new String(sums, StandardCharsets.UTF_8), Ed25519.fingerprint(keyBytes));
	}

	private Verdict checkFiles(ZipFile zip, Set<String> files, String sums, String fingerprint) throws IOException {
		Map<String, String> listed = new LinkedHashMap<>();
		for (String line : sums.split("\n")) {
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches() || listed.put(matcher.group(2), matcher.group(1)) != null) {
				return Verdict.bad(SUMS, "a line is not in sha256sum format: " + line);
			}
		}
		for (String file : files) {
			if (!listed.containsKey(file) && !file.equals(SUMS) && !file.equals(SIGNATURE)) {
				return Verdict.bad(file, "not in manifest.sha256: added after signing");
			}
		}
		if (!listed.containsKey(KEY)) {
			return Verdict.bad(KEY, "not in manifest.sha256");
		}
		for (Map.Entry<String, String> file : listed.entrySet()) {
			if (!files.contains(file.getKey())) {
				return Verdict.bad(file.getKey(), "listed in manifest.sha256 but missing");
			}
			if (!file.getValue().equals(sha256(zip, file.getKey()))) {
				return Verdict.bad(file.getKey(), "changed since signing: its SHA-256 is not the one listed");
			}
		}
		return summary(zip, files, fingerprint);
	}

	private Verdict summary(ZipFile zip, Set<String> files, String fingerprint) throws IOException {
		if (!files.contains("manifest.json")) {
			return Verdict.intact(0, fingerprint, "");
		}
		try {
			JsonNode manifest = JSON.readTree(bytes(zip, "manifest.json"));
			return Verdict.intact(manifest.path("items").size(), fingerprint, manifest.path("createdAt").asString(""));
		}
		catch (RuntimeException ex) {
			return Verdict.bad("manifest.json", "signed, but not readable JSON");
		}
	}

	/** The hash of an entry, or empty when its compressed bytes no longer unpack. */
	private static String sha256(ZipFile zip, String name) throws IOException {
		MessageDigest digest = ZipEntries.sha256();
		try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(name)), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (ZipException ex) {
			return "";
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] bytes(ZipFile zip, String name) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return in.readNBytes(64 * 1024 * 1024);
		}
	}

	private static String text(ZipFile zip, String name) throws IOException {
		return new String(bytes(zip, name), StandardCharsets.UTF_8);
	}

}
