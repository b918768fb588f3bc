package org.tejido.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tejido.library.LibrarySearchContract.JSON;
import static org.tejido.support.Bundles.utf8;

/**
 * The catalogue as a whole: the default one, import with a report of every rejected row,
 * export that imports back unchanged.
 */
public interface CatalogueContract extends RunningTejido {

	String HEADER = "title,publisher,year,url,type_code,area_codes,language_codes,region_codes,need,summary\n";

	@Test
	default void anEmptyLibraryStartsWithTheDefaultCatalogue() throws IOException {
		List<String> exported = records(http().get("/api/v1/catalogue.csv").body()).stream()
			.map((row) -> row.get("slug"))
			.toList();
		List<String> seed = records(seedCsv()).stream().map((row) -> row.get("slug")).toList();
		assertThat(seed).hasSize(67);
		assertThat(exported).containsAll(seed);
	}

	@Test
	default void loadingTheDefaultCatalogueAgainNeverDuplicates() throws IOException {
		JsonNode report = importCsv(seedCsv(), 200);
		assertThat(report.get("created").asInt()).isZero();
		assertThat(report.get("rejected")).isEmpty();
		assertThat(report.get("unchanged").asInt() + report.get("updated").asInt()).isEqualTo(67);
	}

	@Test
	default void importReportsEveryRejectedRowAndWritesNothingFromIt() {
		String csv = HEADER
				+ "Good row one,Pub,2020,https://example.org/good-1,templates,early-warning,es,co,needed,Fine\n"
				+ "Bad type,Pub,2020,https://example.org/bad-1,poems,early-warning,en,,,\n"
				+ "Bad everything,Pub,twenty,javascript:alert(1),templates,nowhere,xx,atlantis,maybe,\n"
				+ "Good row two,Pub,n.d.,https://example.org/good-2,videos-webinars,media-radio;early-warning,en;fr,international,works,Also fine\n";
		JsonNode report = importCsv(csv, 200);
		assertThat(report.get("created").asInt()).isEqualTo(2);
		assertThat(report.get("rejected")).hasSize(2);
		JsonNode badType = report.get("rejected").get(0);
		assertThat(badType.get("row").asInt()).isEqualTo(2);
		assertThat(badType.get("reasons").toString()).contains("type_code").contains("poems");
		JsonNode badEverything = report.get("rejected").get(1);
		assertThat(badEverything.get("reasons")).hasSize(6);
		assertThat(badEverything.get("reasons").toString()).contains("year")
			.contains("url")
			.contains("area_codes")
			.contains("language_codes")
			.contains("region_codes")
			.contains("need");
		assertThat(http().get("/en/library/good-row-one").statusCode()).isEqualTo(200);
		assertThat(http().get("/en/library/bad-type").statusCode()).isEqualTo(404);
		assertThat(http().get("/en/library/bad-everything").statusCode()).isEqualTo(404);
	}

	@Test
	default void reportsReasonsInTheReadersLanguage() {
		String csv = HEADER + "Sin tipo,Pub,2020,https://example.org/x,poems,early-warning,es,,,\n";
		JsonNode report = JSON.readTree(http()
			.post("/api/v1/catalogue/import?lang=es", utf8(csv), "Authorization", bearer(), "Content-Type", "text/csv")
			.body());
		assertThat(report.get("rejected").get(0).get("reasons").get(0).asString()).contains("poems")
			.doesNotContain("is not a known code");
	}

	@Test
	default void mapsAPartnersFreeTextTypesAndLanguages() {
		String csv = "title,year,type,languages,url,area_codes\n"
				+ "Partner list item,n.d.,Info-graphics,\"Spanish; English (executive summary)\",https://example.org/p,risk-analysis\n";
		assertThat(importCsv(csv, 200).get("created").asInt()).isEqualTo(1);
		JsonNode item = JSON.readTree(http().get("/api/v1/resources?q=partner+list+item").body()).get("items").get(0);
		assertThat(item.get("type").asString()).isEqualTo("infographics");
		assertThat(item.get("languages").toString()).isEqualTo("[\"en\",\"es\"]");
	}

	@Test
	default void anExportImportsBackUnchanged() {
		String exported = http().get("/api/v1/catalogue.json").body();
		int resources = JSON.readTree(exported).size();
		HttpResponse<String> response = http().post("/api/v1/catalogue/import", utf8(exported), "Authorization",
				bearer(), "Content-Type", "application/json");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("unchanged").asInt()).isEqualTo(resources);
		assertThat(report.get("created").asInt() + report.get("updated").asInt()).isZero();
		assertThat(report.get("rejected")).isEmpty();
	}

	@Test
	default void aDryRunWritesNothing() {
		String csv = HEADER + "Only a rehearsal,Pub,2021,https://example.org/r,templates,early-warning,en,,,\n";
		HttpResponse<String> response = http().post("/api/v1/catalogue/import?dry-run=true", utf8(csv), "Authorization",
				bearer(), "Content-Type", "text/csv");
		assertThat(JSON.readTree(response.body()).get("created").asInt()).isEqualTo(1);
		assertThat(http().get("/en/library/only-a-rehearsal").statusCode()).isEqualTo(404);
	}

	@Test
	default void importNeedsTheToken() {
		byte[] csv = utf8(HEADER);
		assertThat(http().post("/api/v1/catalogue/import", csv, "Content-Type", "text/csv").statusCode())
			.isEqualTo(401);
		assertThat(http()
			.post("/api/v1/catalogue/import", csv, "Content-Type", "text/csv", "Authorization", "Bearer guess")
			.statusCode()).isEqualTo(401);
	}

	@Test
	default void refusesWhatItCannotReadWithTheRightStatus() {
		assertThat(post("text/plain", utf8("hello")).statusCode()).isEqualTo(415);
		assertThat(post("application/json", utf8("[{\"title\": ")).statusCode()).isEqualTo(400);
		assertThat(post("application/json", utf8("{\"title\": \"not an array\"}")).statusCode()).isEqualTo(422);
		assertThat(post("text/csv", utf8("name,link\nx,y\n")).statusCode()).isEqualTo(422);
		assertThat(post("text/csv", utf8("title,url\n\"unclosed,https://example.org\n")).statusCode()).isEqualTo(400);
		assertThat(post("text/csv", new byte[3 * 1024 * 1024]).statusCode()).isEqualTo(413);
		HttpResponse<String> allRejected = post("text/csv", utf8(HEADER + "x,,,nope,,,,,,\n"));
		assertThat(allRejected.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(allRejected.body()).get("rejected")).hasSize(1);
	}

	@Test
	default void textFromImportsIsShownAsTextNeverRun() {
		String csv = HEADER
				+ "<script>alert(1)</script> Guide,<b>Pub</b>,2020,https://example.org/xss,templates,early-warning,en,,,<img src=x onerror=alert(1)>\n";
		importCsv(csv, 200);
		String page = http().get("/en/library/script-alert-1-script-guide").body();
		assertThat(page).doesNotContain("<script>").doesNotContain("<img src=x").contains("&lt;script&gt;");
	}

	private HttpResponse<String> post(String type, byte[] body) {
		return http().post("/api/v1/catalogue/import", body, "Authorization", bearer(), "Content-Type", type);
	}

	private JsonNode importCsv(String csv, int expectedStatus) {
		HttpResponse<String> response = post("text/csv", utf8(csv));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

	private static List<CSVRecord> records(String csv) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

	private static String seedCsv() throws IOException {
		try (InputStream in = CatalogueContract.class.getResourceAsStream("/library/seed-catalogue.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
