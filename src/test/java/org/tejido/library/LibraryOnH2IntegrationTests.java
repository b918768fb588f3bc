package org.tejido.library;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import org.tejido.site.SitePagesContract;
import org.tejido.site.ValidHtmlContract;
import org.tejido.support.OnH2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's whole contract, on the embedded H2 database.
 */
class LibraryOnH2IntegrationTests extends OnH2
		implements SitePagesContract, ValidHtmlContract, LibrarySearchContract, CatalogueContract, DownloadsContract {

	@Value("${tejido.data-dir}")
	private Path dataDir;

	@Test
	void keepsAllItsStateInTheDataDirectory() throws Exception {
		assertThat(this.dataDir).isAbsolute();
		assertThat(Files.list(this.dataDir.resolve("db"))).anyMatch((file) -> file.toString().endsWith(".mv.db"));
		assertThat(this.dataDir.resolve("index/resource")).isDirectory();
		assertThat(this.dataDir.resolve("files")).isDirectory();
	}

}
