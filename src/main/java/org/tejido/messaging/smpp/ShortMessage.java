package org.tejido.messaging.smpp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsmpp.bean.DeliverSm;
import org.jspecify.annotations.Nullable;

/**
 * An SMS from a phone as a {@code deliver_sm} carries it: its addresses, its data coding,
 * its bytes ({@code short_message}, or {@code message_payload} when that is empty) and,
 * for a part of a long SMS, which part of which message it is (from the user data header,
 * 8- or 16-bit reference, or from the {@code sar_*} parameters).
 *
 * @param part which part, from 1; 1 of 1 for an SMS whole in itself
 */
record ShortMessage(String from, String to, byte dataCoding, byte[] data, int reference, int part, int parts) {

	private static final short MESSAGE_PAYLOAD = 0x0424;

	private static final short SAR_MSG_REF_NUM = 0x020C;

	private static final short SAR_TOTAL_SEGMENTS = 0x020E;

	private static final short SAR_SEGMENT_SEQNUM = 0x020F;

	private static final byte UDHI = 0x40;

	static ShortMessage of(DeliverSm pdu) {
		String from = Address.read(pdu.getSourceAddrTon(), nonNull(pdu.getSourceAddr()));
		String to = Address.read(pdu.getDestAddrTon(), nonNull(pdu.getDestAddress()));
		byte[] data = pdu.getShortMessage();
		if (data == null || data.length == 0) {
			byte @Nullable [] payload = Receipt.parameter(pdu, MESSAGE_PAYLOAD);
			data = (payload != null) ? payload : new byte[0];
		}
		if ((pdu.getEsmClass() & UDHI) != 0 && data.length > 0) {
			return withHeader(from, to, pdu.getDataCoding(), data);
		}
		byte @Nullable [] reference = Receipt.parameter(pdu, SAR_MSG_REF_NUM);
		byte @Nullable [] total = Receipt.parameter(pdu, SAR_TOTAL_SEGMENTS);
		byte @Nullable [] sequence = Receipt.parameter(pdu, SAR_SEGMENT_SEQNUM);
		if (reference != null && reference.length == 2 && total != null && total.length == 1 && sequence != null
				&& sequence.length == 1 && (total[0] & 0xff) > 1) {
			return new ShortMessage(from, to, pdu.getDataCoding(), data,
					((reference[0] & 0xff) << 8) | (reference[1] & 0xff), sequence[0] & 0xff, total[0] & 0xff);
		}
		return new ShortMessage(from, to, pdu.getDataCoding(), data, 0, 1, 1);
	}

	/** The text of bytes in a data coding; UCS-2 and GSM 7-bit, Latin-1 and ASCII. */
	static String text(byte dataCoding, byte[] data) {
		int coding = dataCoding & 0xff;
		return switch (coding) {
			case 0x00 -> Gsm7.decode(data);
			case 0x01 -> new String(data, StandardCharsets.US_ASCII);
			case 0x08 -> ucs2(data);
			case 0x06 -> new String(data, Charset.forName("ISO-8859-5"));
			case 0x07 -> new String(data, Charset.forName("ISO-8859-8"));
			default -> otherCoding(coding, data);
		};
	}

	/**
	 * The GSM 03.38 coding groups: general data coding (alphabet in bits 2 and 3),
	 * message waiting (GSM or UCS-2) and data coding/message class (GSM or 8-bit).
	 */
	private static String otherCoding(int coding, byte[] data) {
		int alphabet = (coding >> 2) & 0x03;
		if ((coding & 0xC0) == 0 && coding >= 0x10) {
			return (alphabet == 2) ? ucs2(data) : (alphabet == 0) ? Gsm7.decode(data) : latin1(data);
		}
		if ((coding & 0xF0) == 0xC0 || (coding & 0xF0) == 0xD0) {
			return Gsm7.decode(data);
		}
		if ((coding & 0xF0) == 0xE0) {
			return ucs2(data);
		}
		if ((coding & 0xF0) == 0xF0) {
			return ((coding & 0x04) == 0) ? Gsm7.decode(data) : latin1(data);
		}
		return latin1(data);
	}

	private static String ucs2(byte[] data) {
		return new String(data, 0, data.length - (data.length % 2), StandardCharsets.UTF_16BE);
	}

	private static String latin1(byte[] data) {
		return new String(data, StandardCharsets.ISO_8859_1);
	}

	private static ShortMessage withHeader(String from, String to, byte dataCoding, byte[] data) {
		int headerLength = data[0] & 0xff;
		if (headerLength + 1 > data.length) {
			return new ShortMessage(from, to, dataCoding, data, 0, 1, 1);
		}
		byte[] text = Arrays.copyOfRange(data, headerLength + 1, data.length);
		int at = 1;
		while (at + 1 < headerLength + 1) {
			int element = data[at] & 0xff;
			int length = data[at + 1] & 0xff;
			int value = at + 2;
			if (value + length > headerLength + 1) {
				break;
			}
			if (element == 0x00 && length == 3 && (data[value + 1] & 0xff) > 1) {
				return new ShortMessage(from, to, dataCoding, text, data[value] & 0xff, data[value + 2] & 0xff,
						data[value + 1] & 0xff);
			}
			if (element == 0x08 && length == 4 && (data[value + 2] & 0xff) > 1) {
				return new ShortMessage(from, to, dataCoding, text,
						((data[value] & 0xff) << 8) | (data[value + 1] & 0xff), data[value + 3] & 0xff,
						data[value + 2] & 0xff);
			}
			at = value + length;
		}
		return new ShortMessage(from, to, dataCoding, text, 0, 1, 1);
	}

	private static String nonNull(@Nullable String value) {
		return (value != null) ? value : "";
	}

	boolean isWhole() {
		return this.parts <= 1;
	}

}
