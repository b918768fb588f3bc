package org.tejido.library;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.tejido.support.Bundles;
import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tejido.library.LibrarySearchContract.JSON;

/**
 * Attached files: stored with their real type, searchable by their words, downloadable on
 * a bad line.
 */
public interface DownloadsContract extends RunningTejido {

	String HEADER = "title,url,type_code,area_codes,language_codes,files\n";

	@Test
	default void filesComeWithABundleAndTheirWordsAreFound() {
		String word = "zorblatt" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		byte[] pdf = Bundles.pdfSaying("Patrol notebook about " + word + " and the river");
		JsonNode report = importBundle(Map.of("catalogue.csv",
				Bundles.utf8(HEADER + "Patrol notebook " + word
						+ ",https://example.org/n,templates,territorial-monitoring,en,docs/notebook.pdf\n"),
				"docs/notebook.pdf", pdf), 200);
		assertThat(report.get("created").asInt()).isEqualTo(1);
		JsonNode found = JSON.readTree(http().get("/api/v1/resources?q=" + word).body());
		assertThat(found.get("total").asInt()).isEqualTo(1);
		JsonNode detail = JSON
			.readTree(http().get("/api/v1/resources/" + found.get("items").get(0).get("id").asString()).body());
		assertThat(detail.get("files").get(0).get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(detail.get("files").get(0).get("size").asLong()).isEqualTo(pdf.length);
	}

	@Test
	default void findsWordsInsideFilesThatAreNotInTheDescription() {
		String word = "quillmoth" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		importBundle(Map.of("catalogue.csv",
				Bundles.utf8(HEADER + "Unrelated title " + word.length()
						+ ",https://example.org/u,templates,early-warning,en,inside.pdf\n"),
				"inside.pdf", Bundles.pdfSaying("The hidden word is " + word)), 200);
		assertThat(http().get("/en/library?q=" + word).body()).contains("Unrelated title " + word.length());
	}

	@Test
	default void downloadsShowTheirSizeResumeAndCache() {
		byte[] pdf = Bundles.pdfSaying("Resumable download on a bad line");
		importBundle(Map.of("catalogue.csv",
				Bundles
					.utf8(HEADER + "Resumable guide,https://example.org/r,guides-manuals,early-warning,en,guide.pdf\n"),
				"guide.pdf", pdf), 200);
		String page = http().get("/en/library/resumable-guide").body();
		Matcher link = Pattern
			.compile("<a href=\"(/files/[^\"]+)\" download>guide.pdf</a> \\(PDF, ([0-9.,]+ (B|KB))\\)")
			.matcher(page);
		assertThat(link.find()).as(page).isTrue();
		HttpResponse<byte[]> whole = http().getBytes(link.group(1));
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(pdf);
		assertThat(whole.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
		assertThat(whole.headers().firstValue("Last-Modified")).isPresent();
		assertThat(whole.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
		String etag = whole.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> rest = http().getBytes(link.group(1), "Range", "bytes=100-");
		assertThat(rest.statusCode()).isEqualTo(206);
		assertThat(rest.headers().firstValue("Content-Range"))
			.contains("bytes 100-" + (pdf.length - 1) + "/" + pdf.length);
		assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(pdf, 100, pdf.length));
		assertThat(http().getBytes(link.group(1), "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	default void aFileIsJudgedByItsContentNotItsName() {
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		JsonNode report = importBundle(Map.of("catalogue.csv",
				Bundles
					.utf8(HEADER + "Disguised program,https://example.org/d,templates,early-warning,en,manual.pdf\n"),
				"manual.pdf", program), 422);
		assertThat(report.get("rejected").get(0).get("reasons").toString()).contains("manual.pdf");
		assertThat(http().get("/en/library/disguised-program").statusCode()).isEqualTo(404);
	}

	@Test
	default void refusesBundlesThatReachOutsideThemselvesOrAreNotZips() {
		Map<String, byte[]> escaping = new LinkedHashMap<>();
		escaping.put("catalogue.csv", Bundles.utf8(HEADER));
		escaping.put("../../escape.txt", Bundles.utf8("x"));
		assertThat(post(Bundles.zip(escaping)).statusCode()).isEqualTo(422);
		assertThat(post(Bundles.utf8("not a zip at all")).statusCode()).isEqualTo(400);
		assertThat(post(Bundles.zip(Map.of("readme.txt", Bundles.utf8("no catalogue")))).statusCode()).isEqualTo(422);
		assertThat(http().get("/files/00000000-0000-0000-0000-000000000000/x.pdf").statusCode()).isEqualTo(404);
		assertThat(http().get("/files/not-an-id/x.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	default void aMissingFileRejectsItsRowOnly() {
		JsonNode report = importBundle(Map.of("catalogue.csv",
				Bundles.utf8(HEADER + "Has its file,https://example.org/h,templates,early-warning,en,here.pdf\n"
						+ "Lost its file,https://example.org/l,templates,early-warning,en,gone.pdf\n"),
				"here.pdf", Bundles.pdfSaying("here")), 200);
		assertThat(report.get("created").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").get(0).get("reasons").toString()).contains("gone.pdf");
	}

	private JsonNode importBundle(Map<String, byte[]> entries, int expectedStatus) {
		HttpResponse<String> response = post(Bundles.zip(entries));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> post(byte[] zip) {
		return http().post("/api/v1/catalogue/import", zip, "Authorization", bearer(), "Content-Type",
				"application/zip");
	}

}
