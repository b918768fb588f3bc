package org.tejido.site;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in international form, checked against the numbering plan of their
 * country (libphonenumber) and given in E.164 form ({@code +573001234567}), the form SMS
 * gateways give and take.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");

	private PhoneNumbers() {
	}

	/**
	 * Whether the number is written with its country code, after {@code +} or {@code 00}.
	 */
	public static boolean hasCountryCode(String written) {
		String plain = plain(written);
		return plain.startsWith("+") || plain.startsWith("00");
	}

	/**
	 * The number in E.164 form, if it is written with its country code (after {@code +}
	 * or {@code 00}, with spaces, dots, dashes, slashes or brackets anywhere) and can
	 * exist.
	 */
	public static Optional<String> international(String written) {
		String plain = plain(written);
		if (plain.startsWith("00")) {
			plain = "+" + plain.substring(2);
		}
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

	/** The number without the separators people write between its digits. */
	public static String plain(String written) {
		return SEPARATORS.matcher(written.strip()).replaceAll("");
	}

}
