package org.tejido;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.support.Http;
import org.tejido.support.RunningTejido;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tejido on its embedded H2 database gives back the space a catalogue import leaves in
 * the database file, while it runs, with its data and search intact.
 */
class H2FileUpkeepTests {

	private static final int RESOURCES = 6_000;

	@Test
	void theFileAnImportLeftMostlyEmptyShrinksWhileTejidoRuns() throws Exception {
		Path data = TempData.newDirectory();
		Path file = data.resolve("db/tejido.mv.db");
		try (ConfigurableApplicationContext tejido = start(data)) {
			Http http = new Http(Integer.parseInt(tejido.getEnvironment().getProperty("local.server.port")));
			JdbcClient jdbc = tejido.getBean(JdbcClient.class);
			importResources(http);
			long afterImport = Files.size(file);

			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
				makeTheUpkeepDue(jdbc);
				return Files.size(file) < afterImport / 3;
			});

			assertThat(jdbc.sql("select count(*) from resource").query(Integer.class).single()).isEqualTo(RESOURCES);
			HttpResponse<String> found = http.get("/en/library?q=Resource+" + RESOURCES);
			assertThat(found.statusCode()).isEqualTo(200);
			assertThat(found.body()).contains("Resource " + RESOURCES + " on the territory");
		}
	}

	/**
	 * As if its minute had passed. H2 frees a chunk only when its retention time has
	 * passed since the chunk was last needed, so the upkeep gives a file back over
	 * several runs.
	 */
	private static void makeTheUpkeepDue(JdbcClient jdbc) {
		jdbc.sql("update scheduled_tasks set execution_time = ? where task_name = ?")
			.params(OffsetDateTime.now().minusSeconds(1), H2FileUpkeep.TASK)
			.update();
	}

	private static void importResources(Http http) throws Exception {
		StringBuilder csv = new StringBuilder("title,year,type_code,language_codes,url,area_codes\n");
		for (int i = 1; i <= RESOURCES; i++) {
			csv.append("Resource ")
				.append(i)
				.append(" on the territory,2024,guides-manuals,en,https://example.org/r/")
				.append(i)
				.append(",territorial-monitoring\n");
		}
		HttpResponse<String> imported = http.post("/api/v1/catalogue/import",
				csv.toString().getBytes(StandardCharsets.UTF_8), "Authorization",
				"Bearer " + RunningTejido.IMPORT_TOKEN, "Content-Type", "text/csv");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	/**
	 * Tejido on its own data directory, its upkeep due only when the test says so, H2
	 * keeping unneeded chunks for half a second rather than 45.
	 */
	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(TejidoApplication.class).run("--server.port=0", "--tejido.data-dir=" + data,
				"--tejido.library.load-seed-catalogue=false",
				"--tejido.library.import-token=" + RunningTejido.IMPORT_TOKEN, "--tejido.h2.upkeep-every=1h",
				"--spring.datasource.url=jdbc:h2:file:" + data
						+ "/db/tejido;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=500",
				"--logging.level.root=warn", "--logging.level.org.tejido.H2FileUpkeep=debug",
				"--logging.level.com.github.kagkarlsson=debug");
	}

}
