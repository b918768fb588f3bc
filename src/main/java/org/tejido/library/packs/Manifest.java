package org.tejido.library.packs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 of every file of a pack by its path, written as {@code sha256sum} writes it
 * ({@code <hex>  <path>}, one a line, sorted by path) so that {@code sha256sum -c
 * manifest.sha256} checks the unpacked folder.
 */
public record Manifest(SortedMap<String, String> hashes) {

	public static final String FILE = "manifest.sha256";

	private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

	public Manifest {
		hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
	}

	public static Manifest of(Map<String, String> hashes) {
		return new Manifest(new TreeMap<>(hashes));
	}

	/** Reads a manifest; lines that are not in {@code sha256sum} format are skipped. */
	public static Manifest parse(String text) {
		SortedMap<String, String> hashes = new TreeMap<>();
		for (String line : text.split("\n")) {
			Matcher matcher = LINE.matcher(line.strip());
			if (matcher.matches()) {
				hashes.put(matcher.group(2), matcher.group(1));
			}
		}
		return new Manifest(hashes);
	}

	public String text() {
		StringBuilder text = new StringBuilder();
		this.hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
		return text.toString();
	}

	public byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
