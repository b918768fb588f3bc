package org.tejido.library.sms;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.tejido.messaging.SmsParts;

import static org.assertj.core.api.Assertions.assertThat;

class SmsRepliesTests {

	private static final String LONG = "Protección integral de defensoras y defensores del territorio: guía práctica "
			+ "para comunidades rurales, organizaciones de base y redes de alerta temprana en zonas de conflicto";

	private final SmsReplies replies = new SmsReplies(messages());

	@ParameterizedTest
	@ValueSource(strings = { "en", "es", "fr", "pt", "id" })
	void everyReplyTakesOneOrTwoSmsInTheGsmAlphabet(String lang) {
		List<SmsReplies.Line> lines = List.of(new SmsReplies.Line(4821, LONG, "1.2 MB"),
				new SmsReplies.Line(4822, LONG, "340 KB"), new SmsReplies.Line(10423, LONG, "web link"));
		List<String> all = List.of(this.replies.help(lang), this.replies.found(lang, LONG, lines, 1, 4, 11),
				this.replies.found(lang, "radio", lines, 4, 4, 11), this.replies.nothingFound(lang, LONG),
				this.replies.noMore(lang, 3), this.replies.noSearch(lang), this.replies.noResource(lang, 9999),
				this.replies.getUsage(lang), this.replies.sendUsage(lang),
				this.replies.badEmail(lang, "ana@@example", 4821),
				this.replies.sending(lang, 4821, LONG, "ana@example.org"),
				this.replies.summary(lang, 4821, LONG, "PDF", "1.2 MB", LONG + " " + LONG + " " + LONG));
		all.forEach((reply) -> {
			SmsParts parts = SmsParts.measure(reply);
			assertThat(parts.parts()).as(reply).isBetween(1, 2);
			assertThat(parts.isGsm7()).as(reply).isTrue();
		});
	}

	@Test
	void aSearchReplyNamesEachResultsCodeTitleAndSizeAndTheNextPage() {
		String reply = this.replies.found("es", "radio",
				List.of(new SmsReplies.Line(1042, "Radio comunitaria segura", "1,2 MB")), 1, 2, 4);
		assertThat(reply).contains("4 resultados", "1042 Radio comunitaria segura (1,2 MB)", "MAS 2", "pagina 1 de 2");
	}

	@Test
	void aLongSummaryIsCutToFitTwoSmsAndStillSaysHowToHaveItSent() {
		String reply = this.replies.summary("id", 4821, LONG, "PDF", "1,2 MB", LONG + " " + LONG);
		assertThat(reply).startsWith("4821 ").contains("...", "KIRIM 4821");
		assertThat(SmsParts.measure(reply).parts()).isEqualTo(2);
	}

	@Test
	void lettersTheGsmAlphabetLacksLoseOnlyTheirAccentsAndOtherScriptsStay() {
		assertThat(SmsText.gsm("Protección – guía “práctica” l’été")).isEqualTo("Proteccion - guia \"practica\" l'été");
		assertThat(SmsText.gsm("निगरानी")).isEqualTo("निगरानी");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/smslibrary");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
