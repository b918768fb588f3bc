package org.tejido.evidence.bundle;

import java.util.Map;

/**
 * The words of a bundle's readable summary, in the language of who made it: headings by
 * key ({@code title}, {@code created}, {@code by}, {@code items}, {@code file},
 * {@code sha256}, {@code size}, {@code type}, {@code received-at}, {@code submitter},
 * {@code notices}, {@code custody}, {@code key}) and notice names by code. A missing word
 * is shown as its key.
 */
public record BundleTexts(String lang, Map<String, String> words) {

	public static final BundleTexts ENGLISH = new BundleTexts("en",
			Map.ofEntries(Map.entry("title", "Evidence bundle"), Map.entry("created", "Created"), Map.entry("by", "by"),
					Map.entry("items", "Items"), Map.entry("file", "File"), Map.entry("sha256", "SHA-256"),
					Map.entry("size", "Size (bytes)"), Map.entry("type", "Type"), Map.entry("received-at", "Received"),
					Map.entry("submitter", "Sent by"), Map.entry("notices", "Notices"), Map.entry("custody", "Custody"),
					Map.entry("key", "Signing key fingerprint (SHA-256 of signing-key.pem, DER)")));

	public String word(String key) {
		return this.words.getOrDefault(key, key);
	}

}
