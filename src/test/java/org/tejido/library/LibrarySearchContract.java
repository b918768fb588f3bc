package org.tejido.library;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.tejido.support.RunningTejido;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding things in the library, through the pages and the JSON API.
 */
public interface LibrarySearchContract extends RunningTejido {

	JsonMapper JSON = JsonMapper.builder().build();

	@Test
	default void findsAccentedWordsTypedWithoutAccents() {
		assertThat(slugs(api("q=escazu"))).contains("escazu-agreement-implementation-guide");
		assertThat(http().get("/en/library?q=escazu").body())
			.contains("/en/library/escazu-agreement-implementation-guide");
	}

	@Test
	default void toleratesOneTypoInAWord() {
		assertThat(slugs(api("q=escazo"))).contains("escazu-agreement-implementation-guide");
		assertThat(slugs(api("q=biocultral")))
			.contains("biocultural-community-protocols-a-toolkit-for-community-facilitators");
	}

	@Test
	default void understandsWordFormsInTheReadersLanguage() {
		assertThat(slugs(api("q=patrolling&lang=en"))).contains("mapeo-comapeo");
		assertThat(slugs(api("q=patrolling&lang=en&size=100"))).doesNotContain("escazu-agreement-implementation-guide");
	}

	@Test
	default void searchesSummariesInTheReadersLanguage() {
		JsonNode spanish = api("q=" + encoded("protección colectiva") + "&lang=es");
		assertThat(spanish.get("total").asInt()).isPositive();
		assertThat(slugs(spanish)).contains("collective-protection-of-human-rights-defenders-a-collective-approach");
	}

	@Test
	default void everyWordMustBeFound() {
		int radio = api("q=radio").get("total").asInt();
		int radioAndAfrica = api("q=radio+africa").get("total").asInt();
		assertThat(radioAndAfrica).isPositive().isLessThan(radio);
	}

	@Test
	default void queriesTheSyntaxCannotParseStillAnswer() {
		for (String query : List.of("\"unclosed", "(", "*", "a AND OR NOT", "~~~", "x".repeat(5_000),
				"word ".repeat(1_000))) {
			HttpResponse<String> page = http().get("/en/library?q=" + encoded(query));
			assertThat(page.statusCode()).as(query).isEqualTo(200);
			assertThat(page.body()).as(query).contains("<h2 id=\"results\">");
			assertThat(http().get("/api/v1/resources?q=" + encoded(query)).statusCode()).as(query).isEqualTo(200);
		}
	}

	@Test
	default void sqlFragmentsAreJustText() {
		int before = api("size=1").get("total").asInt();
		for (String fragment : List.of("'; drop table resource; --", "\" or 1=1 --",
				"radio' union select * from account --")) {
			assertThat(http().get("/en/library?q=" + encoded(fragment)).statusCode()).as(fragment).isEqualTo(200);
			assertThat(http().get("/api/v1/resources?q=" + encoded(fragment)).statusCode()).as(fragment).isEqualTo(200);
		}
		assertThat(api("size=1").get("total").asInt()).isEqualTo(before);
		assertThat(http().get("/en/library/mapeo-comapeo").statusCode()).isEqualTo(200);
	}

	@Test
	default void facetCountsMatchTheResults() {
		JsonNode all = api("q=protection&size=100");
		int total = all.get("total").asInt();
		assertThat(sum(all.get("facets").get("type"))).isEqualTo(total);
		for (Map.Entry<String, JsonNode> type : all.get("facets").get("type").properties()) {
			assertThat(api("q=protection&type=" + type.getKey()).get("total").asInt()).as(type.getKey())
				.isEqualTo(type.getValue().asInt());
		}
		for (Map.Entry<String, JsonNode> area : all.get("facets").get("area").properties()) {
			assertThat(api("q=protection&area=" + area.getKey()).get("total").asInt()).as(area.getKey())
				.isEqualTo(area.getValue().asInt());
		}
	}

	@Test
	default void filtersOfDifferentFacetsCombineAndValuesOfOneFacetAreAlternatives() {
		JsonNode guides = api("type=guides-manuals");
		int guidesInSpanish = guides.get("facets").get("language").get("es").asInt();
		JsonNode combined = api("type=guides-manuals&language=es&size=100");
		assertThat(combined.get("total").asInt()).isEqualTo(guidesInSpanish);
		combined.get("items").forEach((item) -> {
			assertThat(item.get("type").asString()).isEqualTo("guides-manuals");
			assertThat(item.get("languages").toString()).contains("\"es\"");
		});
		int templates = api("type=templates").get("total").asInt();
		assertThat(api("type=guides-manuals&type=templates").get("total").asInt())
			.isEqualTo(guides.get("total").asInt() + templates);
	}

	@Test
	default void filtersByYearRangeAndNeed() {
		JsonNode recent = api("from=2020&need=needed&size=100");
		assertThat(recent.get("total").asInt()).isPositive();
		recent.get("items").forEach((item) -> assertThat(item.get("year").asInt()).isGreaterThanOrEqualTo(2020));
		assertThat(recent.get("facets").get("need").properties()).extracting(Map.Entry::getKey)
			.containsExactly("needed");
	}

	@Test
	default void pagesOfFacetsWorkWithoutJavascript() {
		String page = http().get("/en/library?type=guides-manuals").body();
		assertThat(page).contains("href=\"/en/library\" rel=\"nofollow\" aria-current=\"true\"");
		assertThat(page).containsPattern("href=\"/en/library\\?type=guides-manuals&amp;area=[a-z-]+\"");
	}

	@Test
	default void answersTheDocumentedShape() {
		JsonNode response = api("q=radio&size=2&lang=fr");
		assertThat(response.get("items")).hasSizeLessThanOrEqualTo(2);
		JsonNode item = response.get("items").get(0);
		assertThat(item.propertyNames()).containsExactly("id", "slug", "title", "type", "areas", "languages", "regions",
				"year", "publisher", "url");
		assertThat(response.get("facets").propertyNames()).contains("type", "area", "language", "region", "need");
		JsonNode one = JSON.readTree(http().get("/api/v1/resources/" + item.get("id").asString()).body());
		assertThat(one.get("slug").asString()).isEqualTo(item.get("slug").asString());
	}

	@Test
	default void badParametersAre400WithAJsonError() {
		for (String query : List.of("type=unknown-type", "page=abc", "page=0", "size=1000", "lang=xx", "area=%3Cb%3E",
				"region=atlantis", "from=year")) {
			HttpResponse<String> response = http().get("/api/v1/resources?" + query, "Accept-Language", "es");
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			JsonNode error = JSON.readTree(response.body());
			assertThat(error.get("status").asInt()).isEqualTo(400);
			assertThat(error.get("message").asString()).as(query).isNotBlank();
		}
		assertThat(JSON.readTree(http().get("/api/v1/resources?type=nope&lang=fr").body()).get("message").asString())
			.contains("nope")
			.doesNotContain("is not known");
	}

	@Test
	default void unknownIdsAre404AndMalformedOnes400() {
		assertThat(http().get("/api/v1/resources/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
		assertThat(http().get("/api/v1/resources/not-an-id").statusCode()).isEqualTo(400);
	}

	@Test
	default void showsTranslationsAndMarksTheOriginalWhenThereIsNone() {
		String spanish = http().get("/es/library/mapeo-comapeo").body();
		assertThat(spanish).doesNotContain("class=\"fallback\"");
		String title = "Fallback " + System.nanoTime();
		String csv = "title,url,type_code,area_codes,language_codes,summary,summary_language\n" + title
				+ ",https://example.org/fallback,templates,early-warning,en,An English-only summary,en\n";
		http().post("/api/v1/catalogue/import", csv.getBytes(StandardCharsets.UTF_8), "Authorization", bearer(),
				"Content-Type", "text/csv");
		String slug = slugs(api("q=" + encoded(title))).get(0);
		String french = http().get("/fr/library/" + slug).body();
		assertThat(french).contains("<p lang=\"en\">An English-only summary</p>").contains("class=\"fallback\"");
	}

	private JsonNode api(String query) {
		HttpResponse<String> response = http().get("/api/v1/resources?" + query);
		assertThat(response.statusCode()).as(query).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> slugs(JsonNode response) {
		List<String> slugs = new ArrayList<>();
		response.get("items").forEach((item) -> slugs.add(item.get("slug").asString()));
		return slugs;
	}

	private static int sum(JsonNode counts) {
		int sum = 0;
		for (JsonNode count : counts) {
			sum += count.asInt();
		}
		return sum;
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
