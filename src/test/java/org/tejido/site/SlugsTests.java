package org.tejido.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesLowercaseAsciiWordsJoinedByHyphens() {
		assertThat(Slugs.of("Infografía: ¿Qué entendemos por protección colectiva?"))
			.isEqualTo("infografia-que-entendemos-por-proteccion-colectiva");
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.of("A very long title about collective protection ".repeat(5));
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void refusesSlugsWithOtherCharacters() {
		assertThat(Slugs.isValid("../etc/passwd")).isFalse();
		assertThat(Slugs.isValid("Upper-Case")).isFalse();
		assertThat(Slugs.isValid("fine-slug-2")).isTrue();
	}

}
