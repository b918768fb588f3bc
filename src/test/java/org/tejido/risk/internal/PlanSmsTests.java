package org.tejido.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.tejido.messaging.SmsParts;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSmsTests {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 5);

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void aReminderNamesTheMeasureAndTheDateInOneGsmSms(String lang) {
		for (String rule : List.of("soon", "due", "overdue")) {
			String text = PlanSms.withTitle((title) -> format(lang, "plans.sms." + rule, title, DUE.toString()),
					"Accompany Rosa to the hearing");
			assertThat(text).contains("Accompany Rosa to the hearing", "2026-12-05");
			assertThat(SmsParts.measure(text)).as(text).satisfies((parts) -> {
				assertThat(parts.parts()).isEqualTo(1);
				assertThat(parts.isGsm7()).as(lang + " " + rule + " keeps 160 characters for the title").isTrue();
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void aLongTitleIsShortenedToFitOneSmsAndKeepsTheDate(String lang) {
		String longTitle = "Rotate the night watch at the community house between the three families of the upper"
				+ " river so that nobody keeps it alone for more than two nights in a row, and tell the network";
		String text = PlanSms.withTitle((title) -> format(lang, "plans.sms.due", title, DUE.toString()), longTitle);
		assertThat(SmsParts.measure(text).parts()).isEqualTo(1);
		assertThat(text).contains("2026-12-05", "Rotate the night watch");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void aTitleOutsideTheGsmAlphabetFitsSeventyCharacters(String lang) {
		String text = PlanSms.withTitle((title) -> format(lang, "plans.sms.overdue", title, DUE.toString()),
				"Ação: acompanhar Ñusta e Luzia à audiência em Brasília com a advogada");
		assertThat(SmsParts.measure(text)).satisfies((parts) -> {
			assertThat(parts.parts()).isEqualTo(1);
			assertThat(parts.isGsm7()).isFalse();
			assertThat(parts.units()).isLessThanOrEqualTo(70);
		});
		assertThat(text).contains("\"Ação: acomp", ".\"", "2026-12-05");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void aSummaryOfManyMeasuresIsOneSmsAndCountsWhatItLeavesOut(String lang) {
		List<PlanSms.Item> items = List.of(new PlanSms.Item("Night watch rota", DUE),
				new PlanSms.Item("Call the lawyer every Monday", DUE.plusDays(3)),
				new PlanSms.Item("Emergency bag for the family", null),
				new PlanSms.Item("Meet the ombudsman about the hearing in the capital", DUE.plusDays(20)),
				new PlanSms.Item("Share photos with the network", DUE.plusDays(30)),
				new PlanSms.Item("Second phone for Sunday trips", DUE.plusDays(31)),
				new PlanSms.Item("Letter to the embassy", DUE.plusDays(40)));
		String text = PlanSms.listing((list) -> format(lang, "plans.sms.summary", list), items);
		assertThat(SmsParts.measure(text).parts()).as(text).isEqualTo(1);
		assertThat(text).contains("Night watch. 2026-12-05", "Call the law. 2026-12-08", "Emergency ba.;")
			.endsWith(" +1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void theReviewReminderIsOneSms(String lang) {
		String text = format(lang, "plans.sms.review", DUE.toString());
		assertThat(SmsParts.measure(text).parts()).as(text).isEqualTo(1);
	}

	@Test
	void aSummaryThatCannotHoldEveryMeasureSaysHowManyItLeftOut() {
		List<PlanSms.Item> items = java.util.stream.IntStream.range(0, 20)
			.mapToObj((i) -> new PlanSms.Item("Measure number " + i, DUE.plusDays(i)))
			.toList();
		String text = PlanSms.listing((list) -> "Your measures: " + list, items);
		assertThat(PlanSms.fits(text)).isTrue();
		assertThat(text).containsPattern(" \\+\\d+$").contains("Measure number. 2026-12-05; ");
	}

	@Test
	void aShortTitleIsKeptWhole() {
		assertThat(
				PlanSms.withTitle((title) -> "Reminder: \"" + title + "\" is due on 2026-12-05.", "  Night\n watch "))
			.isEqualTo("Reminder: \"Night watch\" is due on 2026-12-05.");
	}

	private static String format(String lang, String key, Object... args) {
		Properties bundle = new Properties();
		try (InputStream in = PlanSmsTests.class.getResourceAsStream("/i18n/plans" + lang + ".properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Locale locale = lang.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(lang.substring(1));
		return new MessageFormat(bundle.getProperty(key), locale).format(args);
	}

}
