package org.tejido.evidence.bundle;

import org.jspecify.annotations.Nullable;

/**
 * What checking a bundle found.
 *
 * @param badFile the first file found changed, added, missing or unsigned, or nothing
 * when the bundle is intact
 * @param problem what is wrong with it, in English, or empty
 * @param items how many items the manifest lists (when intact)
 * @param fingerprint the SHA-256 of the signing key in the bundle, or empty
 * @param createdAt when the manifest says the bundle was made, or empty
 */
public record Verdict(boolean intact, @Nullable String badFile, String problem, int items, String fingerprint,
		String createdAt) {

	static Verdict bad(String file, String problem) {
		return new Verdict(false, file, problem, 0, "", "");
	}

	static Verdict intact(int items, String fingerprint, String createdAt) {
		return new Verdict(true, null, "", items, fingerprint, createdAt);
	}

}
