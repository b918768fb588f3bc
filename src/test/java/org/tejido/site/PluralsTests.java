package org.tejido.site;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts read right in every language: one of a thing is singular (and zero too in French
 * and Portuguese, by CLDR's rules), Indonesian has no plural form.
 */
class PluralsTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void oneMinuteAndOnePersonAreSingularInEveryLanguage() {
		assertThat(tierLine("en", 1, 1)).isEqualTo("1 person by SMS, 1 minute to answer");
		assertThat(tierLine("en", 3, 15)).isEqualTo("3 people by SMS, 15 minutes to answer");
		assertThat(tierLine("es", 1, 1)).isEqualTo("1 persona por SMS, 1 minuto para responder");
		assertThat(tierLine("es", 0, 2)).isEqualTo("0 personas por SMS, 2 minutos para responder");
		assertThat(tierLine("fr", 1, 1)).isEqualTo("1 personne par SMS, 1 minute pour répondre");
		assertThat(tierLine("fr", 0, 2)).isEqualTo("0 personne par SMS, 2 minutes pour répondre");
		assertThat(tierLine("pt", 1, 1)).isEqualTo("1 pessoa por SMS, 1 minuto para responder");
		assertThat(tierLine("pt", 2, 5)).isEqualTo("2 pessoas por SMS, 5 minutos para responder");
		assertThat(tierLine("id", 1, 1)).isEqualTo("1 orang lewat SMS, 1 menit untuk menjawab");
	}

	@Test
	void countsOfTiersPeopleAndResourcesFollowTheNumber() {
		assertThat(text("en", "alerts.tiers-count", 1)).isEqualTo("1 tier");
		assertThat(text("en", "collectives.people", 1)).isEqualTo("1 person");
		assertThat(text("es", "alerts.tiers-count", 1)).isEqualTo("1 nivel");
		assertThat(text("fr", "library.count", 1L, 1, 1)).isEqualTo("1 ressource · page 1 sur 1");
		assertThat(text("en", "library.count", 1200L, 1, 60)).isEqualTo("1,200 resources · page 1 of 60");
	}

	private String tierLine(String lang, int people, int minutes) {
		return text(lang, "alerts.tier-line", people, "SMS", minutes);
	}

	private String text(String lang, String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(lang));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
