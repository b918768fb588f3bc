package org.tejido.library.packs;

import java.util.Set;

/**
 * The fixed names of a pack's files (see {@code docs/library-packs.md}).
 */
public final class PackLayout {

	public static final String INDEX = "index.html";

	public static final String SIGNATURE = "manifest.sha256.sig";

	public static final String KEY = "signing-key.pem";

	public static final String README = "README.txt";

	public static final String CHANGES = "CHANGES.txt";

	public static final String SCRIPT = "search.js";

	/** Files that describe the pack rather than the library. */
	static final Set<String> NOTES = Set.of(README, CHANGES, Manifest.FILE, SIGNATURE);

	private PackLayout() {
	}

	static String resource(String slug) {
		return "resources/" + slug + ".html";
	}

	static String facet(String facet, String code) {
		return "facets/" + facet + "/" + code + ".html";
	}

	static String letter(String letter) {
		return "a-z/" + letter + ".html";
	}

}
