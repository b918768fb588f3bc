package org.tejido.accounts.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Today's guidance for passwords (NIST SP 800-63B): long enough, any characters allowed,
 * no composition rules, and not one that attackers try first. A refusal says why, as a
 * key of the {@code i18n/messages} bundles.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	private final CommonPasswords common;

	@Autowired
	PasswordPolicy() {
		this(CommonPasswords.shipped());
	}

	PasswordPolicy(CommonPasswords common) {
		this.common = common;
	}

	/** The reason a password is refused, or nothing when it is acceptable. */
	Optional<String> refusal(String password, String email, String displayName) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		if (this.common.contains(password)) {
			return Optional.of("password.common");
		}
		if (isAbout(password, email, displayName)) {
			return Optional.of("password.personal");
		}
		return Optional.empty();
	}

	private static boolean isAbout(String password, String email, String displayName) {
		String lower = password.toLowerCase(Locale.ROOT).strip();
		String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
		return lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(localPart)
				|| lower.equals(displayName.toLowerCase(Locale.ROOT).strip());
	}

}
