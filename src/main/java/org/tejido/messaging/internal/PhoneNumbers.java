package org.tejido.messaging.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as SMS gateways give and take them: E.164 when they can be read as an
 * international number ({@code +573001234567}, also written {@code 00573001234567} or, as
 * some SMS centres give it, {@code 573001234567}), otherwise the digits of a short code.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");

	private static final Pattern SHORT_CODE = Pattern.compile("\\d{3,8}");

	private PhoneNumbers() {
	}

	/** The number in E.164 form, if it is a valid international number. */
	public static Optional<String> international(String raw) {
		String plain = SEPARATORS.matcher(raw.strip()).replaceAll("");
		if (plain.startsWith("00")) {
			plain = "+" + plain.substring(2);
		}
		Optional<String> number = e164(plain);
		if (number.isEmpty() && plain.length() >= 8 && plain.chars().allMatch(Character::isDigit)) {
			number = e164("+" + plain);
		}
		return number;
	}

	/** The form under which a number is matched: E.164, or the short code's digits. */
	public static String normalised(String raw) {
		return international(raw).orElseGet(() -> SEPARATORS.matcher(raw.strip()).replaceAll(""));
	}

	/** Whether a collective can use this as its own number. */
	public static boolean acceptable(String raw) {
		return international(raw).isPresent() || SHORT_CODE.matcher(normalised(raw)).matches();
	}

	private static Optional<String> e164(String plain) {
		if (!plain.startsWith("+")) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = NUMBERS.parse(plain, "ZZ");
			return NUMBERS.isValidNumber(number)
					? Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
