package org.tejido.library;

import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.TejidoApplication;
import org.tejido.support.Http;
import org.tejido.support.RunningTejido;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server stopped right after a catalogue import has noted the import's resources as
 * indexed, so that its next start does not index them again; and a library that holds
 * resources is not given the default catalogue when the server starts again.
 */
class RestartAfterImportTests {

	private static final String CSV = "title,year,type_code,language_codes,url,area_codes\n"
			+ "Radio for the territory,2024,guides-manuals,en,https://example.org/radio,territorial-monitoring\n"
			+ "Mapping with the community,2023,guides-manuals,es,https://example.org/mapas,territorial-monitoring\n";

	@Test
	void aServerStoppedRightAfterAnImportSavesItsSearchPositionPastTheImportedResources() throws Exception {
		Path data = TempData.newDirectory();
		long lastChange;
		try (ConfigurableApplicationContext tejido = start(data, false)) {
			importTwoResources(tejido);
			lastChange = tejido.getBean(JdbcClient.class)
				.sql("select max(seq) from node_change")
				.query(Long.class)
				.single();
		}

		assertThat(savedPosition(data)).isEqualTo(lastChange);
	}

	@Test
	void aLibraryThatHoldsResourcesIsNotGivenTheDefaultCatalogueWhenTheServerStartsAgain() throws Exception {
		Path data = TempData.newDirectory();
		try (ConfigurableApplicationContext tejido = start(data, false)) {
			importTwoResources(tejido);
		}

		try (ConfigurableApplicationContext tejido = start(data, true)) {
			assertThat(tejido.getBean(JdbcClient.class).sql("select title from resource").query(String.class).list())
				.containsExactlyInAnyOrder("Radio for the territory", "Mapping with the community");
		}
	}

	private static void importTwoResources(ConfigurableApplicationContext tejido) throws Exception {
		Http http = new Http(Integer.parseInt(tejido.getEnvironment().getProperty("local.server.port")));
		HttpResponse<String> imported = http.post("/api/v1/catalogue/import", CSV.getBytes(StandardCharsets.UTF_8),
				"Authorization", "Bearer " + RunningTejido.IMPORT_TOKEN, "Content-Type", "text/csv");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	/**
	 * Tejido on its own data directory, whose follower would not read the change log by
	 * itself in the test's time.
	 */
	private static ConfigurableApplicationContext start(Path data, boolean seedCatalogue) {
		return new SpringApplicationBuilder(TejidoApplication.class).run("--server.port=0", "--tejido.data-dir=" + data,
				"--tejido.library.load-seed-catalogue=" + seedCatalogue,
				"--tejido.library.import-token=" + RunningTejido.IMPORT_TOKEN, "--tejido.search.follow-interval=1h",
				"--logging.level.root=warn");
	}

	private static long savedPosition(Path data) throws Exception {
		Properties saved = new Properties();
		try (Reader reader = Files.newBufferedReader(data.resolve("index/node-position.properties"))) {
			saved.load(reader);
		}
		return Long.parseLong(saved.getProperty("position"));
	}

}
