package org.tejido.messaging.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void readsInternationalNumbersHoweverTheyAreWritten() {
		assertThat(PhoneNumbers.normalised("+57 300 123-4567")).isEqualTo("+573001234567");
		assertThat(PhoneNumbers.normalised("0057 (300) 123 4567")).isEqualTo("+573001234567");
		assertThat(PhoneNumbers.normalised("573001234567")).isEqualTo("+573001234567");
	}

	@Test
	void keepsShortCodesAsTheirDigits() {
		assertThat(PhoneNumbers.normalised("85 432")).isEqualTo("85432");
		assertThat(PhoneNumbers.acceptable("85432")).isTrue();
	}

	@Test
	void refusesWhatIsNeitherANumberNorAShortCode() {
		assertThat(PhoneNumbers.acceptable("+57 1")).isFalse();
		assertThat(PhoneNumbers.acceptable("call me")).isFalse();
		assertThat(PhoneNumbers.acceptable("")).isFalse();
	}

	@Test
	void handsOverNumbersKeptInInternationalFormAndShortCodesButNotText() {
		assertThat(PhoneNumbers.sendable("+573001234567")).isTrue();
		assertThat(PhoneNumbers.sendable("+57 300 123 4567")).isTrue();
		assertThat(PhoneNumbers.sendable("85432")).isTrue();
		assertThat(PhoneNumbers.sendable("+57 1")).isFalse();
		assertThat(PhoneNumbers.sendable("call me")).isFalse();
		assertThat(PhoneNumbers.sendable("+0123456789")).isFalse();
	}

}
