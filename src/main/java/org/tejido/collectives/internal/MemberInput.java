package org.tejido.collectives.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tejido.site.EmailAddresses;
import org.tejido.site.Lang;

/**
 * A member as typed into a form, before it is checked.
 *
 * @param consent whether the person agreed to the recorded attributes being kept
 */
public record MemberInput(String name, String phone, String email, String lang, Map<String, String> attributes,
		boolean consent, String notes) {

	static final int MAX_NAME = 120;

	static final int MAX_NOTES = 4000;

	static final int MAX_ATTRIBUTE = 80;

	/**
	 * Checks every field and gives the member's details in normal form; attributes are
	 * kept only when the collective records them and the person consented.
	 * @throws Invalid naming the first problem
	 */
	public MemberDetails checked(List<String> recordedAttributes) {
		String displayName = this.name.strip();
		if (displayName.isEmpty()) {
			throw new Invalid("collectives.member-name-required");
		}
		if (displayName.length() > MAX_NAME || this.notes.length() > MAX_NOTES) {
			throw new Invalid("collectives.too-long");
		}
		String address = this.email.strip().toLowerCase(Locale.ROOT);
		if (!address.isEmpty() && !EmailAddresses.isPlausible(address)) {
			throw new Invalid("collectives.email-invalid");
		}
		String number = this.phone.isBlank() ? "" : PhoneNumbers.e164(this.phone);
		String language = Lang.fromCode(this.lang).orElse(Lang.FALLBACK).code();
		return new MemberDetails(displayName, number, address, language, attributes(recordedAttributes),
				this.notes.strip());
	}

	private Map<String, String> attributes(List<String> recordedAttributes) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String attribute : recordedAttributes) {
			String value = this.attributes.getOrDefault(attribute, "").strip().replaceAll("[\\t\\n\\r]", " ");
			if (value.length() > MAX_ATTRIBUTE) {
				throw new Invalid("collectives.too-long");
			}
			if (!value.isEmpty()) {
				kept.put(attribute, value);
			}
		}
		if (!kept.isEmpty() && !this.consent) {
			throw new Invalid("collectives.attributes-need-consent");
		}
		return kept;
	}

}
