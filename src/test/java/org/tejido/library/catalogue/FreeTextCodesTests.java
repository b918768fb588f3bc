package org.tejido.library.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextCodesTests {

	private final FreeTextCodes codes = new FreeTextCodes(List.of(
			new Term("type", "guides-manuals", 1, null, Map.of("en", "Guides and manuals", "es", "Guías y manuales")),
			new Term("type", "infographics", 2, null, Map.of("en", "Infographics"))));

	@Test
	void mapsTheSurveysTypeNamesInAnySpellingOrLanguage() {
		assertThat(this.codes.type("Guides and manuals")).contains("guides-manuals");
		assertThat(this.codes.type("guías y manuales")).contains("guides-manuals");
		assertThat(this.codes.type("Info-graphics")).contains("infographics");
		assertThat(this.codes.type("Audio/visual")).contains("audio-visual");
		assertThat(this.codes.type("Poetry")).isEmpty();
	}

	@Test
	void mapsLanguageNamesAndSetsRemarksAside() {
		FreeTextCodes.Languages languages = this.codes
			.languages("Spanish; English (executive summary); Bahasa Indonesia");
		assertThat(languages.codes()).containsExactly("es", "en", "id");
		assertThat(languages.unknown()).isEmpty();
	}

	@Test
	void understandsLanguageNamesWrittenInOtherLanguages() {
		assertThat(this.codes.languages("Français, português, inglés").codes()).containsExactly("fr", "pt", "en");
	}

	@Test
	void expandsCollectiveNames() {
		assertThat(this.codes.languages("UN official languages").codes()).containsExactlyInAnyOrder("ar", "zh", "en",
				"fr", "ru", "es");
		assertThat(this.codes.languages("Multiple languages").codes()).containsExactly("mul");
	}

	@Test
	void reportsNamesItDoesNotKnow() {
		FreeTextCodes.Languages languages = this.codes.languages("English; Klingon");
		assertThat(languages.codes()).containsExactly("en");
		assertThat(languages.unknown()).containsExactly("Klingon");
	}

}
