package org.tejido.library.packs;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.tejido.library.catalogue.Resource;
import org.tejido.library.web.Labels;

/**
 * The search index of one language of a pack, as a script that assigns a global (a page
 * opened from the disk may not fetch files, but it may load scripts): per resource its
 * slug, title, a line of facts, its summary, and every distinct word it is found by,
 * folded to lower case without accents as the search folds the query.
 */
@Component
class SearchScript {

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Labels labels;

	SearchScript(Labels labels) {
		this.labels = labels;
	}

	byte[] script(List<Resource> sorted, String lang) {
		List<List<String>> items = new ArrayList<>();
		for (Resource resource : sorted) {
			Resource.Localized summary = resource.summaryIn(lang);
			items.add(List.of(resource.slug(), resource.titleIn(lang).text(), meta(resource, lang),
					(summary != null) ? summary.text() : "", words(resource, lang)));
		}
		String json = JSON.writeValueAsString(java.util.Map.of("lang", lang, "items", items));
		return ("window.TEJIDO_INDEX=" + json + ";\n").getBytes(StandardCharsets.UTF_8);
	}

	private String meta(Resource resource, String lang) {
		StringBuilder meta = new StringBuilder(this.labels.of("type", resource.typeCode(), lang));
		if (resource.year() != null) {
			meta.append(" · ").append(resource.year());
		}
		if (resource.publisher() != null) {
			meta.append(" · ").append(resource.publisher());
		}
		return meta.toString();
	}

	private String words(Resource resource, String lang) {
		StringBuilder text = new StringBuilder(resource.allText());
		text.append('\n').append(this.labels.of("type", resource.typeCode(), lang));
		resource.areaList().forEach((area) -> text.append('\n').append(this.labels.of("area", area, lang)));
		resource.regions().forEach((region) -> text.append('\n').append(this.labels.of("region", region, lang)));
		resource.languages().forEach((code) -> text.append('\n').append(this.labels.of("language", code, lang)));
		if (resource.need() != null) {
			text.append('\n').append(this.labels.of("need", Objects.requireNonNull(resource.need()), lang));
		}
		text.append('\n').append(resource.slug().replace('-', ' '));
		Set<String> words = new LinkedHashSet<>(List.of(WORDS.split(fold(text.toString()))));
		words.remove("");
		return String.join(" ", words);
	}

	/** Lower case without accents, as {@code search.js} folds the query. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
