package org.tejido.evidence.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a signed evidence bundle, a ZIP of {@code originals/<n>-<name>},
 * {@code manifest.json}, {@code summary.html}, {@code README.txt},
 * {@code signing-key.pem}, {@code manifest.sha256} (every other file, in
 * {@code sha256sum -c} format) and {@code manifest.sha256.sig} (Ed25519 over the bytes of
 * {@code manifest.sha256}). Plain Java: no Spring, no database.
 */
public final class BundleWriter {

	public static final String FORMAT = "tejido-evidence-bundle/1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PrivateKey signingKey;

	private final byte[] publicKey;

	private final Instant createdAt;

	private final String creator;

	private final BundleTexts texts;

	/**
	 * @param publicKey the signing key's public part, SPKI (DER)
	 * @param creator the member's name as the collective knows them
	 */
	public BundleWriter(PrivateKey signingKey, byte[] publicKey, Instant createdAt, String creator, BundleTexts texts) {
		this.signingKey = signingKey;
		this.publicKey = publicKey.clone();
		this.createdAt = createdAt;
		this.creator = creator;
		this.texts = texts;
	}

	/**
	 * Writes the bundle; the output stream is finished but not closed.
	 * @throws IOException if an original cannot be read or no longer has its sealed hash
	 */
	public void write(List<BundleItem> items, OutputStream target) throws IOException {
		String fingerprint = Ed25519.fingerprint(this.publicKey);
		List<HashedEntry> hashed = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		ZipOutputStream zip = new WideZipOutputStream(new BufferedOutputStream(target, 1 << 16));
		for (int i = 0; i < items.size(); i++) {
			BundleItem item = items.get(i);
			String path = "originals/" + (i + 1) + "-" + safeName(item.name());
			paths.add(path);
			zip.setLevel(compressible(item.mediaType()) ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
			HashedEntry entry = ZipEntries.write(zip, path, (out) -> copy(item, out));
			if (!entry.sha256().equals(item.sha256())) {
				throw new IOException("the stored original of item " + (i + 1) + " no longer has its sealed hash");
			}
			hashed.add(entry);
		}
		zip.setLevel(Deflater.DEFAULT_COMPRESSION);
		hashed.add(ZipEntries.write(zip, "manifest.json", bytes(manifest(items, paths, fingerprint))));
		hashed.add(ZipEntries.write(zip, "summary.html",
				bytes(new SummaryPage(this.texts).html(items, paths, this.createdAt, this.creator, fingerprint))));
		hashed.add(ZipEntries.write(zip, "README.txt", bytes(ReadMe.text(fingerprint))));
		hashed.add(ZipEntries.write(zip, "signing-key.pem", bytes(Ed25519.pem(this.publicKey))));
		byte[] sums = sha256sums(hashed);
		ZipEntries.write(zip, BundleVerifier.SUMS, bytes(sums));
		ZipEntries.write(zip, BundleVerifier.SIGNATURE, bytes(Ed25519.sign(this.signingKey, sums)));
		zip.finish();
		zip.flush();
	}

	/** A file name that every unzip and {@code sha256sum} reads the same way. */
	static String safeName(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String safe = plain.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
		return safe.isEmpty() ? "file" : (safe.length() > 120) ? safe.substring(safe.length() - 120) : safe;
	}

	private static boolean compressible(String mediaType) {
		return mediaType.startsWith("text/") || mediaType.equals("application/pdf") || mediaType.contains("xml")
				|| mediaType.contains("json");
	}

	private static void copy(BundleItem item, OutputStream out) throws IOException {
		try (InputStream in = item.original().open()) {
			in.transferTo(out);
		}
	}

	private byte[] manifest(List<BundleItem> items, List<String> paths, String fingerprint) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", FORMAT);
		manifest.put("createdAt", this.createdAt.toString());
		manifest.put("createdBy", this.creator);
		manifest.put("signingKey",
				Map.of("algorithm", "Ed25519", "file", "signing-key.pem", "fingerprintSha256", fingerprint));
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			entries.add(entry(items.get(i), paths.get(i)));
		}
		manifest.put("items", entries);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
	}

	private static Map<String, Object> entry(BundleItem item, String path) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", path);
		entry.put("name", item.name());
		entry.put("sha256", item.sha256());
		entry.put("size", item.size());
		entry.put("mediaType", item.mediaType());
		entry.put("receivedAt", item.receivedAt().toString());
		entry.put("submittedBy", item.submitter());
		entry.put("notices", item.notices());
		entry.put("custody", item.custody().stream().map(BundleWriter::custody).toList());
		return entry;
	}

	private static Map<String, Object> custody(BundleItem.Custody custody) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("at", custody.at().toString());
		entry.put("action", custody.action());
		entry.put("by", custody.by());
		if (custody.note() != null) {
			entry.put("note", custody.note());
		}
		return entry;
	}

	private static byte[] sha256sums(List<HashedEntry> entries) {
		StringBuilder sums = new StringBuilder();
		for (HashedEntry entry : entries) {
			sums.append(entry.sha256()).append("  ").append(entry.path()).append('\n');
		}
		return sums.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static ZipEntries.Content bytes(String text) {
		return bytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ZipEntries.Content bytes(byte[] bytes) {
		return (out) -> out.write(bytes);
	}

	/**
	 * A zip that deflates into 64 KB at a time rather than 512 bytes, for large
	 * originals.
	 */
	private static final class WideZipOutputStream extends ZipOutputStream {

		WideZipOutputStream(OutputStream out) {
			super(out, StandardCharsets.UTF_8);
			this.buf = new byte[1 << 16];
		}

	}

	/** A file of the bundle and the hash of its bytes. */
	record HashedEntry(String path, String sha256) {
	}

}
