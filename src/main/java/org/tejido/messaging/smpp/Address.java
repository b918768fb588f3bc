package org.tejido.messaging.smpp;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

import org.tejido.messaging.internal.PhoneNumbers;

/**
 * A number as SMPP writes it: an international number as its digits, with type of number
 * international and numbering plan ISDN (E.164); a short code as it is, with both
 * unknown, for the SMS centre to read.
 */
record Address(TypeOfNumber ton, NumberingPlanIndicator npi, String digits) {

	static Address of(String number) {
		return PhoneNumbers.international(number)
			.map((e164) -> new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, e164.substring(1)))
			.orElseGet(() -> new Address(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
					PhoneNumbers.normalised(number)));
	}

	/** A number an SMS centre gave: an international one gets its {@code +} back. */
	static String read(byte ton, String address) {
		String plain = address.strip();
		boolean digits = !plain.isEmpty() && plain.chars().allMatch(Character::isDigit);
		return (ton == TypeOfNumber.INTERNATIONAL.value() && digits) ? "+" + plain : plain;
	}

}
