package org.tejido.collectives.keys;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where the master keys are kept, judged against where the data is. Keys inside the data
 * directory mean that one backup or one seized folder opens everything: a server that
 * others reach (its site address is not this machine) refuses to start so, unless the
 * operator says they know; a local trial only gets a loud warning.
 *
 * @param keyDir the key folder
 * @param dataDir the data directory
 * @param siteUrl the address people reach the site at
 * @param allowedInside whether the operator accepts keys inside the data directory
 */
record KeyPlacement(Path keyDir, Path dataDir, String siteUrl, boolean allowedInside) {

	private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	enum Verdict {

		SEPARATE, WARN, REFUSE

	}

	Verdict verdict() {
		if (!inside()) {
			return Verdict.SEPARATE;
		}
		return (production() && !this.allowedInside) ? Verdict.REFUSE : Verdict.WARN;
	}

	boolean inside() {
		return normal(this.keyDir).startsWith(normal(this.dataDir));
	}

	boolean production() {
		String host = URI.create(this.siteUrl.strip()).getHost();
		return host != null && !THIS_MACHINE.contains(host.toLowerCase(java.util.Locale.ROOT));
	}

	String explanation() {
		return "The master keys (" + normal(this.keyDir) + ") are inside the data directory (" + normal(this.dataDir)
				+ "): one backup or seizure of that folder opens every collective's data. Set"
				+ " tejido.collectives.key-dir (TEJIDO_COLLECTIVES_KEY_DIR) to a folder elsewhere, see docs/keys.md"
				+ (production() ? ", or set tejido.collectives.allow-keys-in-data-dir=true to accept the risk." : ".");
	}

	private static Path normal(Path path) {
		return path.toAbsolutePath().normalize();
	}

}
