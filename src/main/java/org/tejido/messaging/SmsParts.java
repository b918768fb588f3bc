package org.tejido.messaging;

/**
 * How a text travels as SMS: in the GSM 7-bit alphabet (160 characters, or 153 per part
 * when split) or, as soon as one character is outside it, in UCS-2 (70, or 67 per part).
 *
 * @param encoding {@code GSM-7} or {@code UCS-2}
 * @param units septets (GSM-7, extension characters count twice) or UTF-16 code units
 * @param parts how many SMS it takes
 */
public record SmsParts(String encoding, int units, int parts) {

	public static final String GSM_7 = "GSM-7";

	public static final String UCS_2 = "UCS-2";

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENSION = "^{}\\[~]|€\f";

	/**
	 * The septets each character takes, by its code (0 for one outside the alphabet): a
	 * fan-out measures every message of a tier, so a character is looked up, not
	 * searched.
	 */
	private static final byte[] SEPTETS = septets();

	private static byte[] septets() {
		int highest = (BASIC + EXTENSION).chars().max().orElseThrow();
		byte[] septets = new byte[highest + 1];
		BASIC.chars().forEach((c) -> septets[c] = 1);
		EXTENSION.chars().forEach((c) -> septets[c] = 2);
		return septets;
	}

	/**
	 * Measures a text as a phone would send it: GSM 7-bit when every character is in the
	 * GSM 03.38 basic set or its extension table (which takes two septets), else UCS-2,
	 * counted in UTF-16 code units (an emoji takes two).
	 */
	public static SmsParts measure(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int cost = (c < SEPTETS.length) ? SEPTETS[c] : 0;
			if (cost == 0) {
				return new SmsParts(UCS_2, text.length(), parts(text.length(), 70, 67));
			}
			septets += cost;
		}
		return new SmsParts(GSM_7, septets, parts(septets, 160, 153));
	}

	/** Whether it travels in the GSM 7-bit alphabet. */
	public boolean isGsm7() {
		return GSM_7.equals(this.encoding);
	}

	private static int parts(int units, int single, int perPart) {
		return (units <= single) ? 1 : (units + perPart - 1) / perPart;
	}

}
