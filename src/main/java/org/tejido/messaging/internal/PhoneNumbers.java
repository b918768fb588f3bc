package org.tejido.messaging.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as SMS gateways give and take them: E.164 when they can be read as an
 * international number ({@code +573001234567}, also written {@code 00573001234567} or, as
 * some SMS centres give it, {@code 573001234567}), otherwise the digits of a short code.
 */
public final class PhoneNumbers {

	private static final Pattern SHORT_CODE = Pattern.compile("\\d{3,8}");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private PhoneNumbers() {
	}

	/** The number in E.164 form, if it is a valid international number. */
	public static Optional<String> international(String raw) {
		Optional<String> number = org.tejido.site.PhoneNumbers.international(raw);
		String plain = org.tejido.site.PhoneNumbers.plain(raw);
		if (number.isEmpty() && plain.length() >= 8 && plain.chars().allMatch(Character::isDigit)) {
			number = org.tejido.site.PhoneNumbers.international("+" + plain);
		}
		return number;
	}

	/** The form under which a number is matched: E.164, or the short code's digits. */
	public static String normalised(String raw) {
		return international(raw).orElseGet(() -> org.tejido.site.PhoneNumbers.plain(raw));
	}

	/**
	 * The form under which the outbox keeps a number, and two numbers a gateway gives or
	 * takes are compared: one in E.164 form as it is (without libphonenumber's check,
	 * which members' numbers passed when they were kept; a tier queues thousands), any
	 * other normalised.
	 */
	public static String comparable(String address) {
		return E164.matcher(address).matches() ? address : normalised(address);
	}

	/** Whether a collective can use this as its own number. */
	public static boolean acceptable(String raw) {
		return international(raw).isPresent() || SHORT_CODE.matcher(normalised(raw)).matches();
	}

	/**
	 * Whether a message can be handed to a gateway for this number: one in E.164 form, as
	 * members' numbers are kept once checked against their country's plan, is taken as it
	 * is (a fan-out checks thousands); any other form is checked as
	 * {@link #acceptable(String)} does.
	 */
	public static boolean sendable(String address) {
		return E164.matcher(address).matches() || acceptable(address);
	}

}
