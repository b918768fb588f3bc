package org.tejido.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTests {

	@Test
	void plainLatinTextTravelsInSevenBitsUpTo160CharactersInOnePart() {
		assertThat(SmsText.measure("a".repeat(160))).isEqualTo(new SmsParts("GSM-7", 160, 1));
		assertThat(SmsText.measure("a".repeat(161))).isEqualTo(new SmsParts("GSM-7", 161, 2));
		assertThat(SmsText.measure("a".repeat(306)).parts()).isEqualTo(2);
		assertThat(SmsText.measure("a".repeat(307)).parts()).isEqualTo(3);
	}

	@Test
	void extensionCharactersCountTwiceAndSomeAccentsStayInSevenBits() {
		assertThat(SmsText.measure("€5 [ok]").units()).isEqualTo(10);
		assertThat(SmsText.measure("Ñandú está aquí").encoding()).isEqualTo("UCS-2");
		assertThat(SmsText.measure("Año: él vió à Müller").encoding()).isEqualTo("UCS-2");
		assertThat(SmsText.measure("Año é à ü ñ").encoding()).isEqualTo("GSM-7");
	}

	@Test
	void anyOtherCharacterSwitchesTheWholeTextToUcs2() {
		assertThat(SmsText.measure("Hola É")).isEqualTo(new SmsParts("GSM-7", 6, 1));
		assertThat(SmsText.measure("Olá, ação")).isEqualTo(new SmsParts("UCS-2", 9, 1));
		assertThat(SmsText.measure("ग".repeat(70)).parts()).isEqualTo(1);
		assertThat(SmsText.measure("ग".repeat(71)).parts()).isEqualTo(2);
		assertThat(SmsText.measure("😀".repeat(35))).isEqualTo(new SmsParts("UCS-2", 70, 1));
	}

}
