package org.tejido.library.web;

import org.springframework.stereotype.Component;

import org.tejido.library.catalogue.Vocabularies;

/**
 * The label of any code of the library's vocabularies in a reader's language.
 */
@Component
public class Labels {

	private final Vocabularies vocabularies;

	Labels(Vocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	public String of(String facet, String code, String lang) {
		return switch (facet) {
			case "language" -> this.vocabularies.languageName(code, lang);
			case "region" -> this.vocabularies.regionName(code, lang);
			case "type" -> this.vocabularies.label(Vocabularies.TYPE, code, lang);
			case "area" -> this.vocabularies.label(Vocabularies.AREA, code, lang);
			case "need" -> this.vocabularies.label(Vocabularies.NEED, code, lang);
			case "criterion" -> this.vocabularies.label(Vocabularies.CRITERION, code, lang);
			default -> code;
		};
	}

}
