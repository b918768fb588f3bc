package org.tejido.messaging.smpp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.tejido.messaging.SmsParts;

/**
 * A text as the {@code short_message} of one {@code submit_sm} or several: GSM 7-bit
 * (data coding 0, one septet per octet) when every character is in the GSM alphabet, else
 * UCS-2 (data coding 8); a text too long for one SMS is cut into parts of 153 septets or
 * 67 UTF-16 units, each behind a user data header naming the message (an 8-bit
 * reference), how many parts there are and which this is. A character is never cut in
 * two.
 *
 * @param dataCoding 0 (GSM 7-bit) or 8 (UCS-2)
 * @param concatenated whether each part starts with a user data header
 * @param parts the short messages, in order
 */
record Segments(byte dataCoding, boolean concatenated, List<byte[]> parts) {

	static final byte GSM_7 = 0;

	static final byte UCS_2 = 8;

	static final int MOST_PARTS = 255;

	static Segments of(String text, int reference) {
		return SmsParts.measure(text).isGsm7() ? gsm7(text, reference) : ucs2(text, reference);
	}

	private static Segments gsm7(String text, int reference) {
		List<byte[]> characters = new ArrayList<>();
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			byte[] character = Gsm7.septets(text.charAt(i));
			characters.add(character);
			septets += character.length;
		}
		if (septets <= 160) {
			return new Segments(GSM_7, false, List.of(Gsm7.encode(text)));
		}
		List<byte[]> chunks = new ArrayList<>();
		ByteArrayOutputStream chunk = new ByteArrayOutputStream();
		for (byte[] character : characters) {
			if (chunk.size() + character.length > 153) {
				chunks.add(chunk.toByteArray());
				chunk.reset();
			}
			chunk.writeBytes(character);
		}
		chunks.add(chunk.toByteArray());
		return concatenated(GSM_7, chunks, reference);
	}

	private static Segments ucs2(String text, int reference) {
		if (text.length() <= 70) {
			return new Segments(UCS_2, false, List.of(text.getBytes(StandardCharsets.UTF_16BE)));
		}
		List<byte[]> chunks = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(start + 67, text.length());
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			chunks.add(text.substring(start, end).getBytes(StandardCharsets.UTF_16BE));
			start = end;
		}
		return concatenated(UCS_2, chunks, reference);
	}

	private static Segments concatenated(byte dataCoding, List<byte[]> chunks, int reference) {
		if (chunks.size() > MOST_PARTS) {
			throw new IllegalArgumentException("longer than " + MOST_PARTS + " parts");
		}
		List<byte[]> parts = new ArrayList<>();
		for (int i = 0; i < chunks.size(); i++) {
			ByteArrayOutputStream part = new ByteArrayOutputStream();
			part.writeBytes(new byte[] { 5, 0, 3, (byte) reference, (byte) chunks.size(), (byte) (i + 1) });
			part.writeBytes(chunks.get(i));
			parts.add(part.toByteArray());
		}
		return new Segments(dataCoding, true, List.copyOf(parts));
	}

}
