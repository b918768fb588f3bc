package org.tejido.library.catalogue;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One term of a controlled vocabulary: a stable code and its label in each interface
 * language.
 */
public record Term(String vocabulary, String code, int position, @Nullable String grouping,
		Map<String, String> labels) {

	public String label(String lang) {
		String label = this.labels.get(lang);
		return (label != null) ? label : this.labels.getOrDefault("en", this.code);
	}

}
