package org.tejido.library.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.LibrarySettings;
import org.tejido.library.search.SearchIndex;

/**
 * Before the server takes requests: makes sure the search index matches the database, and
 * loads the default catalogue into an empty library.
 */
@Component
class SeedCatalogue implements SmartInitializingSingleton {

	static final String LOCATION = "library/seed-catalogue.csv";

	private static final Log log = LogFactory.getLog(SeedCatalogue.class);

	private final CatalogueFormats formats;

	private final CatalogueImport importer;

	private final LibrarySettings settings;

	private final SearchIndex index;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	SeedCatalogue(CatalogueFormats formats, CatalogueImport importer, LibrarySettings settings, SearchIndex index,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.index = index;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.formats = formats;
		this.importer = importer;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.index.prepare();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		if (this.settings.loadSeedCatalogue()) {
			this.transactions.executeWithoutResult((status) -> loadIntoEmptyLibrary());
		}
	}

	/**
	 * Loads the default catalogue if the library is empty. Nodes that start together wait
	 * for each other on a row lock, so that only the first loads it.
	 */
	private void loadIntoEmptyLibrary() {
		this.jdbc.sql("select name from node_lock where name = 'seed-catalogue' for update").query(String.class).list();
		if (libraryHoldsAResource()) {
			return;
		}
		ImportReport report = this.importer.run(this.formats.readCsv(seedText()), BundleFiles.NONE, false);
		log.info("Loaded the default catalogue: " + report.created().size() + " resources, " + report.rejected().size()
				+ " rows rejected");
		report.rejected()
			.forEach((check) -> log.warn("Seed row " + check.row().number() + " rejected: " + check.problems()));
	}

	/**
	 * One row read, not a count: PostgreSQL counts by reading the whole table, and H2
	 * does too whenever another transaction's writes are in flight (the job scheduler's,
	 * as the server starts), which on a library of 100,000 read 375 MB and kept H2's page
	 * cache full for the rest of the run.
	 */
	private boolean libraryHoldsAResource() {
		return this.jdbc.sql("select 1 from resource fetch first 1 rows only")
			.query(Integer.class)
			.optional()
			.isPresent();
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
