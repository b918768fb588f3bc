package org.tejido.library.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import org.tejido.library.catalogue.Problem;
import org.tejido.library.catalogue.Term;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.contributions.Contribution;
import org.tejido.library.contributions.Suggestion;
import org.tejido.site.Page;

/**
 * The fields of a resource as a form shows them (for suggestions and for curators), with
 * the choices of each vocabulary and the problems found, in the reader's language.
 */
@Component
public class ResourceForm {

	private final Vocabularies vocabularies;

	ResourceForm(Vocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	View of(Map<String, String> fields, List<Problem> problems, Page page) {
		String lang = page.lang().code();
		List<Choice> types = choices(this.vocabularies.terms(Vocabularies.TYPE), lang,
				Set.of(fields.getOrDefault("type_code", "")));
		List<Choice> areas = choices(this.vocabularies.terms(Vocabularies.AREA), lang,
				Set.of(fields.getOrDefault("area_codes", "").split(";")));
		List<String> messages = messages(problems, page);
		return new View(fields, types, areas, messages);
	}

	/** Each problem as "Field: what is wrong", in the reader's language. */
	static List<String> messages(List<Problem> problems, Page page) {
		return problems.stream()
			.map((problem) -> page.t("field." + problem.column()) + ": "
					+ page.t(problem.messageKey(), problem.args().toArray()))
			.toList();
	}

	static Map<String, String> fieldsFrom(MultiValueMap<String, String> params, Contribution.Kind kind) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (params.getFirst("name_us") != null) {
			fields.put("name_us", "on");
		}
		for (String column : Suggestion.columns(kind)) {
			List<String> values = params.getOrDefault(column, List.of());
			fields.put(column, String.join(";", values).strip());
		}
		return fields;
	}

	static String safeName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "file";
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String cleaned = base.replaceAll("[\\p{Cc}\"<>|:*?]", "_").strip();
		return cleaned.isEmpty() ? "file" : cleaned.substring(0, Math.min(cleaned.length(), 200));
	}

	private static List<Choice> choices(List<Term> terms, String lang, Set<String> chosen) {
		return terms.stream()
			.map((term) -> new Choice(term.code(), term.label(lang), chosen.contains(term.code())))
			.toList();
	}

	/** A form's content: the values typed, the choices offered, and what is wrong. */
	public record View(Map<String, String> fields, List<Choice> types, List<Choice> areas, List<String> problems) {

		public String value(String column) {
			return this.fields.getOrDefault(column, "");
		}

	}

	/** One option of a vocabulary, and whether it is chosen. */
	public record Choice(String code, String label, boolean chosen) {
	}

}
