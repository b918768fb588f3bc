package org.tejido.library.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.site.Slugs;

/**
 * Checks a catalogue row field by field and turns it into a {@link ResourceDraft}, or
 * says everything that is wrong with it.
 */
@Component
public class RowChecker {

	private static final Set<String> UNKNOWN_YEAR = Set.of("", "n.d.", "nd", "n/a", "na", "unknown", "s.f.", "s.d.");

	private static final Set<String> LINK_NOTES = Set.of("third-party-mirror", "unverified");

	private static final List<String> UI_LANGUAGES = List.of("en", "es", "fr", "pt", "id");

	private final Vocabularies vocabularies;

	private volatile @Nullable Cached cache;

	RowChecker(Vocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	public RowCheck check(CatalogueRow row) {
		return new Check(row, freeText()).run();
	}

	/**
	 * Built once per set of type labels: it names every ISO language in five languages.
	 */
	private FreeTextCodes freeText() {
		List<Term> types = this.vocabularies.terms(Vocabularies.TYPE);
		Cached cached = this.cache;
		if (cached == null || !cached.types().equals(types)) {
			cached = new Cached(types, new FreeTextCodes(types));
			this.cache = cached;
		}
		return cached.codes();
	}

	private record Cached(List<Term> types, FreeTextCodes codes) {
	}

	private final class Check {

		private final CatalogueRow row;

		private final FreeTextCodes freeText;

		private final List<Problem> problems = new ArrayList<>();

		Check(CatalogueRow row, FreeTextCodes freeText) {
			this.row = row;
			this.freeText = freeText;
		}

		RowCheck run() {
			String title = text("title", 400, true);
			String url = url();
			String slug = slug(title);
			String type = type();
			Set<String> areas = codes("area_codes", Vocabularies.AREA, true);
			Set<String> languages = languages();
			Set<String> regions = regions();
			Integer year = year();
			String need = need();
			String summary = text("summary", 1000, false);
			String summaryLanguage = language("summary_language", "en");
			String originalLanguage = language("original_language", originalLanguageOf(languages));
			Map<String, Translation> translations = translations();
			Map<String, Integer> rating = rating();
			String linkNote = linkNote();
			String licence = text("licence", 200, false);
			String topicNote = text("topic_note", 1000, false);
			String publisher = text("publisher", 400, false);
			if (!this.problems.isEmpty()) {
				return new RowCheck(this.row, null, List.copyOf(this.problems));
			}
			ResourceDraft draft = new ResourceDraft(slug, title, originalLanguage, blankToNull(summary),
					summaryLanguage, blankToNull(publisher), year, type, areas, languages, regions, need, url,
					blankToNull(licence), linkNote, blankToNull(topicNote), story(), translations, rating,
					this.row.list("files"));
			return new RowCheck(this.row, draft, List.of());
		}

		private String text(String column, int maxLength, boolean required) {
			String value = cleaned(this.row.get(column));
			if (required && value.isEmpty()) {
				this.problems.add(Problem.of(column, "import.required"));
			}
			else if (value.length() > maxLength) {
				this.problems.add(Problem.of(column, "import.too-long", maxLength));
			}
			return value;
		}

		/**
		 * A resource needs a way to reach it: a link to the original, an attached file,
		 * or both.
		 */
		private String url() {
			boolean toldHere = "practice".equals(this.row.get("type_code"));
			String value = text("url", 1000, this.row.list("files").isEmpty() && !toldHere);
			if (value.isEmpty()) {
				return value;
			}
			try {
				URI uri = new URI(value);
				if (uri.getHost() == null || !Set.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
					this.problems.add(Problem.of("url", "import.bad-url", value));
				}
			}
			catch (URISyntaxException ex) {
				this.problems.add(Problem.of("url", "import.bad-url", value));
			}
			return value;
		}

		private String slug(String title) {
			String given = this.row.get("slug");
			String slug = given.isEmpty() ? Slugs.of(title) : given;
			if (!title.isEmpty() && !Slugs.isValid(slug)) {
				this.problems.add(Problem.of("slug", "import.bad-slug", slug));
			}
			return slug;
		}

		private String type() {
			String code = this.row.get("type_code");
			if (!code.isEmpty()) {
				if (!RowChecker.this.vocabularies.isKnown(Vocabularies.TYPE, code)) {
					this.problems.add(Problem.of("type_code", "import.unknown-code", code));
				}
				return code;
			}
			String text = this.row.get("type");
			if (text.isEmpty()) {
				this.problems.add(Problem.of("type_code", "import.required"));
				return "";
			}
			return this.freeText.type(text).orElseGet(() -> {
				this.problems.add(Problem.of("type", "import.unknown-type", text));
				return "";
			});
		}

		private Set<String> codes(String column, String vocabulary, boolean required) {
			Set<String> codes = new LinkedHashSet<>(this.row.list(column));
			if (required && codes.isEmpty()) {
				this.problems.add(Problem.of(column, "import.required"));
			}
			codes.stream()
				.filter((code) -> !RowChecker.this.vocabularies.isKnown(vocabulary, code))
				.forEach((code) -> this.problems.add(Problem.of(column, "import.unknown-code", code)));
			return codes;
		}

		private Set<String> languages() {
			Set<String> codes = new LinkedHashSet<>(this.row.list("language_codes"));
			if (codes.isEmpty()) {
				FreeTextCodes.Languages named = this.freeText.languages(this.row.get("languages"));
				named.unknown()
					.forEach((name) -> this.problems.add(Problem.of("languages", "import.unknown-language", name)));
				codes.addAll(named.codes());
			}
			codes.stream()
				.filter((code) -> !RowChecker.this.vocabularies.isLanguage(code))
				.forEach((code) -> this.problems.add(Problem.of("language_codes", "import.unknown-code", code)));
			if (codes.isEmpty()) {
				this.problems.add(Problem.of("language_codes", "import.required"));
			}
			return codes;
		}

		private Set<String> regions() {
			Set<String> codes = new LinkedHashSet<>(this.row.list("region_codes"));
			codes.stream()
				.filter((code) -> !RowChecker.this.vocabularies.isRegion(code))
				.forEach((code) -> this.problems.add(Problem.of("region_codes", "import.unknown-code", code)));
			return codes;
		}

		private @Nullable Story story() {
			Story story = new Story(blankToNull(text("story_threat", 4000, false)),
					blankToNull(text("story_actions", 4000, false)), blankToNull(text("story_helped", 4000, false)),
					blankToNull(text("story_differently", 4000, false)),
					blankToNull(text("story_community", 300, false)), blankToNull(text("story_place", 300, false)));
			return story.isEmpty() ? null : story;
		}

		private @Nullable Integer year() {
			String value = this.row.get("year");
			if (UNKNOWN_YEAR.contains(value.toLowerCase(java.util.Locale.ROOT))) {
				return null;
			}
			try {
				int year = Integer.parseInt(value);
				if (year >= 1800 && year <= Year.now().getValue() + 1) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			this.problems.add(Problem.of("year", "import.bad-year", value));
			return null;
		}

		private @Nullable String need() {
			String value = this.row.get("need");
			if (value.isEmpty()) {
				return null;
			}
			if (!RowChecker.this.vocabularies.isKnown(Vocabularies.NEED, value)) {
				this.problems.add(Problem.of("need", "import.unknown-code", value));
			}
			return value;
		}

		private String language(String column, String fallback) {
			String value = this.row.get(column);
			if (value.isEmpty()) {
				return fallback;
			}
			if (!RowChecker.this.vocabularies.isLanguage(value)) {
				this.problems.add(Problem.of(column, "import.unknown-code", value));
			}
			return value;
		}

		private Map<String, Translation> translations() {
			Map<String, Translation> translations = new TreeMap<>();
			for (String lang : UI_LANGUAGES) {
				String title = blankToNull(text("title_" + lang, 400, false));
				String summary = blankToNull(text("summary_" + lang, 1000, false));
				if (title != null || summary != null) {
					translations.put(lang, new Translation(title, summary));
				}
			}
			return translations;
		}

		private Map<String, Integer> rating() {
			Map<String, Integer> scores = new TreeMap<>();
			for (String pair : this.row.list("rating")) {
				String[] parts = pair.split("\\s*=\\s*", 2);
				String criterion = parts[0];
				Integer score = (parts.length == 2) ? score(parts[1]) : null;
				if (!RowChecker.this.vocabularies.isKnown(Vocabularies.CRITERION, criterion)) {
					this.problems.add(Problem.of("rating", "import.unknown-code", criterion));
				}
				else if (score == null || scores.put(criterion, score) != null) {
					this.problems.add(Problem.of("rating", "import.bad-score", pair));
				}
			}
			return scores;
		}

		private @Nullable String linkNote() {
			String value = this.row.get("link_note");
			if (value.isEmpty()) {
				return null;
			}
			if (!LINK_NOTES.contains(value)) {
				this.problems.add(Problem.of("link_note", "import.unknown-code", value));
			}
			return value;
		}

		private String originalLanguageOf(Set<String> languages) {
			List<String> real = languages.stream()
				.filter((code) -> !code.equals(Vocabularies.MULTIPLE_LANGUAGES))
				.toList();
			if (real.size() == 1 || (!real.isEmpty() && !real.contains("en"))) {
				return real.get(0);
			}
			return "en";
		}

	}

	private static @Nullable Integer score(String text) {
		return switch (text) {
			case "0" -> 0;
			case "1" -> 1;
			case "2" -> 2;
			default -> null;
		};
	}

	/** Control characters (other than line breaks and tabs) never reach the catalogue. */
	static String cleaned(String text) {
		return text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
