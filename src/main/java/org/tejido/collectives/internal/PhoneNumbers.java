package org.tejido.collectives.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in international form, checked against the numbering plan of their
 * country (libphonenumber) and kept in E.164 form, the form SMS gateways give and take.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The number in E.164 form ({@code +573001234567}), from what a person typed with
	 * spaces, dots, dashes or brackets.
	 * @throws Invalid saying whether the country code is missing or the number cannot
	 * exist
	 */
	public static String e164(String typed) {
		String trimmed = typed.strip();
		if (!trimmed.startsWith("+") && !trimmed.startsWith("00")) {
			throw new Invalid("collectives.phone-needs-country");
		}
		try {
			PhoneNumber number = NUMBERS.parse(trimmed.startsWith("00") ? "+" + trimmed.substring(2) : trimmed, "ZZ");
			if (!NUMBERS.isValidNumber(number)) {
				throw new Invalid("collectives.phone-invalid");
			}
			return NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw new Invalid("collectives.phone-invalid");
		}
	}

}
