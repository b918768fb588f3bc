package org.tejido.accounts.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.of(Set.of("correcthorsebatterystaple")));

	@Test
	void acceptsAnyLongPasswordWithoutCompositionRules() {
		assertThat(this.policy.refusal("all lowercase words here", "ana@example.org", "Ana")).isEmpty();
		assertThat(this.policy.refusal("咒語很長的中文密碼句子好的", "ana@example.org", "Ana")).isEmpty();
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.refusal("ñandúñandúñ", "ana@example.org", "Ana")).contains("password.too-short");
		assertThat(this.policy.refusal("ñandúñandúña", "ana@example.org", "Ana")).isEmpty();
	}

	@Test
	void refusesShortAndAbsurdlyLongPasswords() {
		assertThat(this.policy.refusal("elevenchars", "ana@example.org", "Ana")).contains("password.too-short");
		assertThat(this.policy.refusal("x".repeat(257), "ana@example.org", "Ana")).contains("password.too-long");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.refusal("CorrectHorseBatteryStaple", "ana@example.org", "Ana"))
			.contains("password.common");
	}

	@Test
	void refusesThePersonsOwnAddressOrName() {
		assertThat(this.policy.refusal("ana.maria.lopez@example.org", "ana.maria.lopez@example.org", "Ana"))
			.contains("password.personal");
		assertThat(this.policy.refusal("ana maria lopez", "x@example.org", "Ana Maria Lopez"))
			.contains("password.personal");
	}

	@Test
	void shipsAListOfCommonLongPasswords() {
		CommonPasswords shipped = CommonPasswords.shipped();
		assertThat(shipped.size()).isGreaterThan(40_000);
		assertThat(shipped.contains("1qaz2wsx3edc")).isTrue();
		assertThat(shipped.contains("river stones remember the flood")).isFalse();
	}

}
