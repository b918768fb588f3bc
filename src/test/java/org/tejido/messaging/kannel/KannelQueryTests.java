package org.tejido.messaging.kannel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KannelQueryTests {

	@Test
	void readsAUcs2BodyInTheCharsetKannelNames() {
		KannelQuery query = KannelQuery
			.parse("from=%2B15557777&text=%09(%09%3E%09%1A%00+%06E%061%06-%06(%06'&coding=2&charset=UTF-16BE");
		assertThat(query.text("text", query.text("charset"))).isEqualTo("नाच مرحبا");
		assertThat(query.text("from")).isEqualTo("+15557777");
	}

	@Test
	void readsAGsmBodyGivenAsUtf8() {
		KannelQuery query = KannelQuery.parse("text=Hola+se%C3%B1ora+caf%C3%A9+%5E%7B%E2%82%AC%7D&charset=UTF-8");
		assertThat(query.text("text", query.text("charset"))).isEqualTo("Hola señora café ^{€}");
	}

	@Test
	void fallsBackToUtf8WithoutOrWithAnUnknownCharset() {
		assertThat(KannelQuery.parse("text=%C3%B1").text("text", "")).isEqualTo("ñ");
		assertThat(KannelQuery.parse("text=%C3%B1").text("text", "NO-SUCH-CHARSET")).isEqualTo("ñ");
	}

	@Test
	void readsCharactersLeftUnencodedAsUtf8() {
		assertThat(KannelQuery.parse("text=se\u00f1ora+\ud83d\udc4d+ok%21").text("text", "UTF-8"))
			.isEqualTo("se\u00f1ora \ud83d\udc4d ok!");
		assertThat(KannelQuery.parse("text=%e2%82%AC").text("text")).as("hex digits in either case")
			.isEqualTo("\u20ac");
	}

	@Test
	void keepsAPercentSignThatEncodesNothing() {
		assertThat(KannelQuery.parse("text=50%+off%").text("text")).isEqualTo("50% off%");
	}

	@Test
	void readsTheAnswersOfSendsms() {
		assertThat(KannelSendsms.answer(202, "0: Accepted for delivery").kind().name()).isEqualTo("TAKEN");
		assertThat(KannelSendsms.answer(202, "3: Queued for later delivery").kind().name()).isEqualTo("TAKEN");
		assertThat(KannelSendsms.answer(403, "Authorization failed for sendsms").kind().name()).isEqualTo("RETRY");
		assertThat(KannelSendsms.answer(503, "").kind().name()).isEqualTo("RETRY");
		assertThat(KannelSendsms.answer(200, "4: something else").kind().name()).isEqualTo("RETRY");
	}

	@Test
	void readsTheAnswerOfSendsmsForEachNumberOfABundle() {
		String partly = "Sending failed. Failed receivers are: +573001000002 +573001000003";
		assertThat(KannelSendsms.answerFor("+573001000001", 202, "0: Accepted for delivery").kind().name())
			.isEqualTo("TAKEN");
		assertThat(KannelSendsms.answerFor("+573001000002", 500, partly).kind().name()).as("did not go")
			.isEqualTo("RETRY");
		assertThat(KannelSendsms.answerFor("+573001000001", 500, partly).kind().name())
			.as("may have gone: its delivery reports tell")
			.isEqualTo("UNKNOWN");
		assertThat(KannelSendsms.answerFor("+573001000001", 403, "Authorization failed for sendsms").kind().name())
			.isEqualTo("RETRY");
	}

}
