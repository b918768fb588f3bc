package org.tejido.library.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.tejido.library.LibrarySettings;
import org.tejido.library.search.SearchIndex;

/**
 * Before the server takes requests: checks that the search index matches the database and
 * loads the default catalogue into an empty library. A rebuild of the index (a new index
 * folder, a restored backup) runs in the background, so that a large library does not
 * hold up the start; searches see part of the library until it ends.
 */
@Component
class SeedCatalogue implements SmartInitializingSingleton {

	static final String LOCATION = "library/seed-catalogue.csv";

	private static final Log log = LogFactory.getLog(SeedCatalogue.class);

	private final Resources resources;

	private final CatalogueFormats formats;

	private final CatalogueImport importer;

	private final LibrarySettings settings;

	private final SearchIndex index;

	SeedCatalogue(Resources resources, CatalogueFormats formats, CatalogueImport importer, LibrarySettings settings,
			SearchIndex index) {
		this.index = index;
		this.resources = resources;
		this.formats = formats;
		this.importer = importer;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean seed = this.settings.loadSeedCatalogue() && this.resources.count() == 0;
		if (this.index.isIncomplete()) {
			if (seed) {
				rebuild(); // an empty library: the rebuild only clears the index
			}
			else {
				Thread.ofPlatform().name("search-index-rebuild").daemon(true).start(this::rebuild);
			}
		}
		if (seed) {
			ImportReport report = this.importer.run(this.formats.readCsv(seedText()), BundleFiles.NONE, false);
			log.info("Loaded the default catalogue: " + report.created().size() + " resources, "
					+ report.rejected().size() + " rows rejected");
			report.rejected()
				.forEach((check) -> log.warn("Seed row " + check.row().number() + " rejected: " + check.problems()));
		}
	}

	private void rebuild() {
		try {
			this.index.rebuild();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("Rebuilding the search index failed; it is tried again at the next start", ex);
		}
	}

	private static String seedText() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
