package org.tejido.messaging;

/**
 * Measures how a text travels as SMS (3GPP TS 23.038): in the GSM 7-bit default alphabet
 * when every character is in it or its extension table (which takes two septets),
 * otherwise in UCS-2.
 */
public final class SmsText {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	private SmsText() {
	}

	public static SmsParts measure(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else if (GSM_BASIC.indexOf(c) >= 0) {
				septets += 1;
			}
			else {
				return ucs2(text.length());
			}
		}
		return new SmsParts("GSM-7", septets, parts(septets, 160, 153));
	}

	private static SmsParts ucs2(int units) {
		return new SmsParts("UCS-2", units, parts(units, 70, 67));
	}

	private static int parts(int units, int single, int perPart) {
		if (units <= single) {
			return 1;
		}
		return (units + perPart - 1) / perPart;
	}

}
