package org.tejido.library;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the library ({@code tejido.library.*}).
 *
 * @param filesDir where attached files are stored (content-addressed)
 * @param maxFileSize the largest attached file or import body accepted
 * @param pageSize results per page on the library pages
 * @param opdsPageSize entries per page of the server's OPDS feed
 * @param loadSeedCatalogue whether an empty library loads the default catalogue on start
 * @param importToken the bearer token that allows catalogue imports over HTTP; none
 * disables them
 * @param packsDir where offline packs keep their signing key and the manifest of the last
 * pack of each language set
 * @param searchesAtOnce library searches that run at the same time, the others waiting
 * their turn; 0 for one per core
 */
@ConfigurationProperties("tejido.library")
public record LibrarySettings(Path filesDir, DataSize maxFileSize, int pageSize, @DefaultValue("50") int opdsPageSize,
		boolean loadSeedCatalogue, @Nullable String importToken, Path packsDir, @DefaultValue("0") int searchesAtOnce) {

	public LibrarySettings {
		if (opdsPageSize < 1) {
			throw new IllegalArgumentException("tejido.library.opds-page-size must be at least 1");
		}
		if (searchesAtOnce < 0) {
			throw new IllegalArgumentException("tejido.library.searches-at-once must be 0 (one per core) or more");
		}
	}

}
