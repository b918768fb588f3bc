package org.tejido.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.tejido.library.packs.PackKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks on an offline library pack as a reader of it would make them: every file against
 * {@code manifest.sha256}, the signature, links that stay inside the pack.
 */
public final class Packs {

	private static final Pattern LINK = Pattern.compile("<(a|link|script|img|iframe|form)\\b([^>]*)>");

	private static final Pattern TARGET = Pattern.compile("\\b(href|src|action)=\"([^\"]*)\"");

	private Packs() {
	}

	/** The entries of a ZIP file by name. */
	public static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	public static String text(Map<String, byte[]> pack, String path) {
		assertThat(pack).as("pack holds " + path).containsKey(path);
		return new String(pack.get(path), StandardCharsets.UTF_8);
	}

	/**
	 * What {@code sha256sum -c manifest.sha256} and {@code openssl pkeyutl -verify}
	 * check: every listed file has its hash, nothing is unlisted, the signature is the
	 * key's.
	 */
	public static void assertIntactAndSigned(Map<String, byte[]> pack) throws Exception {
		String manifest = text(pack, "manifest.sha256");
		Map<String, String> listed = new TreeMap<>();
		for (String line : manifest.split("\n")) {
			Matcher matcher = Pattern.compile("([0-9a-f]{64})  (.+)").matcher(line);
			assertThat(matcher.matches()).as(line).isTrue();
			listed.put(matcher.group(2), matcher.group(1));
		}
		for (Map.Entry<String, String> file : listed.entrySet()) {
			assertThat(file.getKey()).doesNotStartWith("/").doesNotContain("..");
			assertThat(pack).as(file.getKey()).containsKey(file.getKey());
			assertThat(sha256(pack.get(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
		}
		List<String> unlisted = new ArrayList<>(pack.keySet());
		unlisted.removeAll(listed.keySet());
		assertThat(unlisted).containsExactlyInAnyOrder("manifest.sha256", "manifest.sha256.sig");
		assertThat(PackKey.verify(text(pack, "signing-key.pem"), pack.get("manifest.sha256"),
				pack.get("manifest.sha256.sig")))
			.isTrue();
		byte[] tampered = pack.get("manifest.sha256").clone();
		tampered[0] = (byte) ((tampered[0] == 'a') ? 'b' : 'a');
		assertThat(PackKey.verify(text(pack, "signing-key.pem"), tampered, pack.get("manifest.sha256.sig"))).isFalse();
	}

	/**
	 * Links that a page opened from the disk can follow: relative, never from the root
	 * nor to another host, except a resource's link to its source, marked external.
	 */
	public static List<String> linksLeavingThePack(String html) {
		List<String> leaving = new ArrayList<>();
		Matcher tag = LINK.matcher(html);
		while (tag.find()) {
			Matcher target = TARGET.matcher(tag.group(2));
			while (target.find()) {
				String url = target.group(2);
				boolean absolute = url.startsWith("/") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
				boolean source = tag.group(1).equals("a") && tag.group(2).contains("rel=\"external");
				if (absolute && !(source && url.matches("^https?://.*"))) {
					leaving.add(tag.group());
				}
			}
		}
		if (html.contains("url(") || html.contains("@import")) {
			leaving.add("a style that loads something");
		}
		return leaving;
	}

	public static int gzipped(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.size();
	}

	public static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
