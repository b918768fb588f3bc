package org.tejido.evidence.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Bundles for tests: written by {@link BundleWriter}, then read and rewritten entry by
 * entry to tamper with them.
 */
final class Bundles {

	static final byte[] PHOTO = "not really a photo, but bytes all the same".getBytes(StandardCharsets.UTF_8);

	static final byte[] TESTIMONY = "Testimonio: llegaron a las 5 de la mañana.".getBytes(StandardCharsets.UTF_8);

	private Bundles() {
	}

	static byte[] written(KeyPair key) throws IOException {
		List<BundleItem> items = List.of(item("río arriba.jpg", PHOTO, "image/jpeg"),
				item("testimonio.txt", TESTIMONY, "text/plain"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BundleWriter(key.getPrivate(), key.getPublic().getEncoded(), Instant.parse("2025-03-10T15:00:00Z"),
				"Doña Rosa", BundleTexts.ENGLISH)
			.write(items, out);
		return out.toByteArray();
	}

	static BundleItem item(String name, byte[] bytes, String type) {
		return new BundleItem(name, sha256(bytes), bytes.length, type, Instant.parse("2025-03-01T09:30:00Z"), "Rafael",
				List.of("date-doubtful"),
				List.of(new BundleItem.Custody(Instant.parse("2025-03-01T09:30:00Z"), "received", "Rafael", null)),
				() -> new ByteArrayInputStream(bytes));
	}

	static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	static byte[] zipped(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static Path saved(Path folder, String name, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
