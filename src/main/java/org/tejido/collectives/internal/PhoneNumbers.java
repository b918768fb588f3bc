package org.tejido.collectives.internal;

/**
 * Phone numbers as people type them for a member: with the country code, kept in E.164
 * form ({@link org.tejido.site.PhoneNumbers}).
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * The number in E.164 form ({@code +573001234567}), from what a person typed with
	 * spaces, dots, dashes or brackets.
	 * @throws Invalid saying whether the country code is missing or the number cannot
	 * exist
	 */
	public static String e164(String typed) {
		if (!org.tejido.site.PhoneNumbers.hasCountryCode(typed)) {
			throw new Invalid("collectives.phone-needs-country");
		}
		return org.tejido.site.PhoneNumbers.international(typed)
			.orElseThrow(() -> new Invalid("collectives.phone-invalid"));
	}

}
