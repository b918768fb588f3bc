package org.tejido.library;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.support.Browser;
import org.tejido.support.Curators;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tejido.support.Bundles.utf8;

/**
 * Curators import catalogues after a dry run, and edit a resource's translations and
 * rating.
 */
public interface CuratorToolsContract extends RunningTejido {

	AccountRegistry registry();

	ConfigurableApplicationContext context();

	JdbcClient jdbc();

	@Test
	default void aDryRunShowsWhatAnImportWouldChangeAndWritesNothing() throws Exception {
		Browser curator = curator();
		String title = "Dry run guide " + System.nanoTime();
		String slug = org.tejido.site.Slugs.of(title);
		byte[] csv = utf8("title,url,type_code,area_codes,language_codes\n" + title
				+ ",https://example.org/dry,templates,early-warning,en\nBroken row,not a link,poems,,\n");
		curator.get("/en/curate/catalogue");
		List<String[]> dryRun = new ArrayList<>();
		dryRun.add(new String[] { "dry_run", "on" });
		HttpResponse<String> preview = curator.submitMultipart("/en/curate/catalogue/import", dryRun, "list.csv", csv);
		assertThat(preview.statusCode()).isEqualTo(422);
		assertThat(preview.body()).contains("What this import would do")
			.contains(slug)
			.contains("Broken row")
			.contains("poems");
		assertThat(http().get("/en/library/" + slug).statusCode()).isEqualTo(404);
		curator.get("/en/curate/catalogue");
		HttpResponse<String> done = curator.submitMultipart("/en/curate/catalogue/import", List.of(), "list.csv", csv);
		assertThat(done.body()).contains("What this import did").contains("href=\"/en/library/" + slug + "\"");
		assertThat(http().get("/en/library/" + slug).statusCode()).isEqualTo(200);
	}

	@Test
	default void aCuratorEditsTranslationsSideBySideAndTheRating() throws Exception {
		String title = "Translatable guide " + System.nanoTime();
		String slug = org.tejido.site.Slugs.of(title);
		http().post("/api/v1/catalogue/import",
				utf8("title,url,type_code,area_codes,language_codes,summary\n" + title
						+ ",https://example.org/t,guides-manuals,early-warning,en,An English summary\n"),
				"Authorization", bearer(), "Content-Type", "text/csv");
		Browser curator = curator();
		String editor = curator.get("/fr/curate/resources/" + slug).body();
		assertThat(editor).contains("name=\"title_fr\"").contains("name=\"summary_pt\"").contains("An English summary");
		HttpResponse<String> bad = curator.submit("/fr/curate/resources/" + slug, "title", title, "url",
				"https://example.org/t", "type_code", "guides-manuals", "area_codes", "early-warning", "language_codes",
				"en", "year", "someday", "title_fr", "Guide traduisible");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("someday").contains("value=\"Guide traduisible\"");
		curator.get("/fr/curate/resources/" + slug);
		HttpResponse<String> saved = curator.submit("/fr/curate/resources/" + slug, "title", title, "url",
				"https://example.org/t", "type_code", "guides-manuals", "area_codes", "early-warning", "language_codes",
				"en", "summary", "An English summary", "summary_language", "en", "original_language", "en", "title_fr",
				"Guide traduisible", "summary_fr", "Un résumé en français", "score_practical", "2",
				"score_low-bandwidth", "1");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String french = http().get("/fr/library/" + slug).body();
		assertThat(french).contains("Guide traduisible").contains("Un résumé en français").contains("3 sur 10");
		assertThat(http().get("/en/library/" + slug).body()).contains(title).contains("An English summary");
	}

	@Test
	default void aCuratorAddsATermAndImprovesItsLabels() throws Exception {
		String code = "seed-saving-" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		Browser curator = curator();
		curator.get("/en/curate/vocabularies");
		assertThat(curator
			.submit("/en/curate/vocabularies/area/terms", "code", "Not A Code", "grouping", "cross-cutting", "label_en",
					"x", "label_es", "x", "label_fr", "x", "label_pt", "x", "label_id", "x")
			.statusCode()).isEqualTo(422);
		curator.get("/en/curate/vocabularies");
		HttpResponse<String> added = curator.submit("/en/curate/vocabularies/area/terms", "code", code, "grouping",
				"cross-cutting", "label_en", "Seed saving", "label_es", "Guardar semillas", "label_fr", "Semences",
				"label_pt", "Guardar sementes", "label_id", "Menyimpan benih");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(http().get("/es/library/suggest").body()).contains("value=\"" + code + "\"")
			.contains("Guardar semillas");
		curator.get("/en/curate/vocabularies");
		assertThat(curator
			.submit("/en/curate/vocabularies/area/terms", "code", code, "grouping", "cross-cutting", "label_en", "a",
					"label_es", "a", "label_fr", "a", "label_pt", "a", "label_id", "a")
			.statusCode()).isEqualTo(422);
		curator.get("/en/curate/vocabularies");
		assertThat(curator.submit("/en/curate/vocabularies/area", "label_" + code + "_es", "Guarda de semillas nativas")
			.statusCode()).isEqualTo(302);
		assertThat(http().get("/es/library/suggest").body()).contains("Guarda de semillas nativas");
		assertThat(http().get("/api/v1/vocabularies").body()).contains(code);
	}

	@Test
	default void aTermWhoseLabelCannotBeStoredIsNotAddedAtAll() {
		String code = "half-" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		Vocabularies vocabularies = context().getBean(Vocabularies.class);
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("en", "Half written");
		labels.put("id", "x".repeat(201));

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> vocabularies.add(Vocabularies.AREA, code, "cross-cutting", labels));

		assertThat(jdbc().sql("select count(*) from vocabulary_term where code = ?")
			.param(code)
			.query(Long.class)
			.single()).isZero();
		assertThat(vocabularies.isKnown(Vocabularies.AREA, code)).isFalse();
	}

	@Test
	default void aTermAnotherCuratorAddedMeanwhileIsRefusedWithAClearMessage() throws Exception {
		String code = "raced-" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		Browser curator = curator();
		curator.get("/es/curate/vocabularies");
		// Written by another node a moment ago: this node's vocabularies have not been
		// read again yet.
		jdbc().sql("insert into vocabulary_term (vocabulary, code, position, grouping) values ('area', ?, 9999, ?)")
			.params(code, "cross-cutting")
			.update();

		HttpResponse<String> refused = curator.submit("/es/curate/vocabularies/area/terms", "code", code, "grouping",
				"cross-cutting", "label_en", "Raced", "label_es", "Carrera", "label_fr", "Course", "label_pt",
				"Corrida", "label_id", "Balapan");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains(code).contains("ya está en uso");
		assertThat(jdbc().sql("select count(*) from vocabulary_label where code = ?")
			.param(code)
			.query(Long.class)
			.single()).isZero();
		assertThat(context().getBean(Vocabularies.class).isKnown(Vocabularies.AREA, code))
			.as("this node has read the term the other added")
			.isTrue();
	}

	@Test
	default void onlyCuratorsReachTheCatalogueTools() {
		assertThat(new Browser(http()).get("/en/curate/catalogue").statusCode()).isEqualTo(302);
		assertThat(new Browser(http()).get("/en/curate/resources/mapeo-comapeo").statusCode()).isEqualTo(302);
		assertThat(new Browser(http()).get("/en/curate/vocabularies").statusCode()).isEqualTo(302);
	}

	private Browser curator() throws Exception {
		String email = Curators.unique("curator");
		registry().open(email, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser browser = new Browser(http());
		Curators.signInAndEnrol(browser, "en", email);
		return browser;
	}

}
