package org.tejido.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LangTests {

	@Test
	void picksTheFirstOfOurLanguagesTheReaderAccepts() {
		assertThat(Lang.negotiate("de-DE,de;q=0.9,pt-BR;q=0.8,en;q=0.5")).isEqualTo(Lang.PT);
	}

	@Test
	void honoursQualityWeightsOverOrder() {
		assertThat(Lang.negotiate("en;q=0.2,fr;q=0.9")).isEqualTo(Lang.FR);
	}

	@Test
	void fallsBackToEnglishWhenNoneOfOursIsAccepted() {
		assertThat(Lang.negotiate("de,ru")).isEqualTo(Lang.EN);
	}

	@Test
	void fallsBackToEnglishForAMissingOrUnreadableHeader() {
		assertThat(Lang.negotiate(null)).isEqualTo(Lang.EN);
		assertThat(Lang.negotiate(";;q=zz,,")).isEqualTo(Lang.EN);
	}

	@Test
	void knowsOnlyItsFiveCodes() {
		assertThat(Lang.fromCode("id")).contains(Lang.ID);
		assertThat(Lang.fromCode("de")).isEmpty();
	}

}
