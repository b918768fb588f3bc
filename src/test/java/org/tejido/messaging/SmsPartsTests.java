package org.tejido.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsPartsTests {

	@Test
	void plainTextTravelsInGsm7OneSeptetACharacter() {
		assertThat(SmsParts.measure("Reunión? No: reunion en la escuela @ 5")).isEqualTo(new SmsParts("UCS-2", 38, 1));
		assertThat(SmsParts.measure("Alerta: el agua sube, vamos a la escuela @ 5"))
			.isEqualTo(new SmsParts("GSM-7", 44, 1));
	}

	@Test
	void accentsOfTheGsmAlphabetStayInGsm7() {
		assertThat(SmsParts.measure("café Ñandú? no: Ñandu, über, à, è, é, ù, ì, ò, Ç, ß, Ä, Ö, Ü, ¿¡").encoding())
			.isEqualTo("UCS-2");
		assertThat(SmsParts.measure("café Ñandu über à è é ù ì ò Ç ß Ä Ö Ü ¿¡ £ ¥ § Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ").encoding())
			.isEqualTo("GSM-7");
	}

	@Test
	void extensionCharactersTakeTwoSeptets() {
		assertThat(SmsParts.measure("^{}\\[~]|€").units()).isEqualTo(18);
		assertThat(SmsParts.measure("a\fb").units()).isEqualTo(4);
		assertThat(SmsParts.measure("€".repeat(80))).isEqualTo(new SmsParts("GSM-7", 160, 1));
		assertThat(SmsParts.measure("€".repeat(81))).isEqualTo(new SmsParts("GSM-7", 162, 2));
	}

	@Test
	void aCharacterOutsideTheGsmAlphabetMakesTheWholeTextUcs2() {
		assertThat(SmsParts.measure("río")).isEqualTo(new SmsParts("UCS-2", 3, 1));
		assertThat(SmsParts.measure("नमस्ते")).isEqualTo(new SmsParts("UCS-2", 6, 1));
		assertThat(SmsParts.measure("مرحبا")).isEqualTo(new SmsParts("UCS-2", 5, 1));
	}

	@Test
	void charactersAboveTheHighestOfTheAlphabetAreOutsideIt() {
		assertThat(SmsParts.measure("a\u20ad").encoding()).isEqualTo("UCS-2");
		assertThat(SmsParts.measure("a\uffff").encoding()).isEqualTo("UCS-2");
		assertThat(SmsParts.measure("a\u20ac").units()).as("€, the highest, in the extension table").isEqualTo(3);
	}

	@Test
	void anEmojiCountsAsTwoUtf16Units() {
		assertThat(SmsParts.measure("ok 👍")).isEqualTo(new SmsParts("UCS-2", 5, 1));
	}

	@Test
	void gsm7SplitsInto153SeptetPartsPast160() {
		assertThat(SmsParts.measure("a".repeat(160)).parts()).isEqualTo(1);
		assertThat(SmsParts.measure("a".repeat(161)).parts()).isEqualTo(2);
		assertThat(SmsParts.measure("a".repeat(306)).parts()).isEqualTo(2);
		assertThat(SmsParts.measure("a".repeat(307)).parts()).isEqualTo(3);
	}

	@Test
	void ucs2SplitsInto67UnitPartsPast70() {
		assertThat(SmsParts.measure("í".repeat(70)).parts()).isEqualTo(1);
		assertThat(SmsParts.measure("í".repeat(71)).parts()).isEqualTo(2);
		assertThat(SmsParts.measure("í".repeat(134)).parts()).isEqualTo(2);
		assertThat(SmsParts.measure("í".repeat(135)).parts()).isEqualTo(3);
	}

	@Test
	void anEmptyTextIsOneEmptySms() {
		assertThat(SmsParts.measure("")).isEqualTo(new SmsParts("GSM-7", 0, 1));
	}

}
