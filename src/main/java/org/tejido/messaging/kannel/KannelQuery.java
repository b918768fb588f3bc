package org.tejido.messaging.kannel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A query string as Kannel writes it, read byte for byte: Kannel's {@code %b} gives a
 * message's bytes URL-encoded, which are UTF-16BE for a UCS-2 message and which the
 * servlet container would wrongly read as UTF-8. Only the charset Kannel names
 * ({@code %C}) tells how to read them.
 */
final class KannelQuery {

	private final Map<String, byte[]> values;

	private KannelQuery(Map<String, byte[]> values) {
		this.values = values;
	}

	static KannelQuery parse(@Nullable String rawQuery) {
		Map<String, byte[]> values = new HashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				String name = new String(decode((equals < 0) ? pair : pair.substring(0, equals)),
						StandardCharsets.UTF_8);
				values.putIfAbsent(name, decode((equals < 0) ? "" : pair.substring(equals + 1)));
			}
		}
		return new KannelQuery(values);
	}

	/** A value as text in UTF-8 (numbers, names, secrets), or an empty one. */
	String text(String name) {
		byte[] bytes = this.values.get(name);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : "";
	}

	/** A value's bytes read in the charset Kannel named, UTF-8 if none or unknown. */
	String text(String name, String charset) {
		byte[] bytes = this.values.get(name);
		return (bytes != null) ? new String(bytes, charset(charset)) : "";
	}

	static Charset charset(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(name.strip().replace("\"", ""));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	/**
	 * Percent-decoding to bytes, with {@code +} for a space; a character left unencoded
	 * outside ASCII is taken in UTF-8. A fan-out brings two delivery reports a message,
	 * so an ASCII character is written as it is, with nothing made for it.
	 */
	static byte[] decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%' && isHex(encoded, i + 1)) {
				bytes.write(
						Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
				i += 2;
			}
			else if (c < 0x80) {
				bytes.write(c);
			}
			else {
				int end = encoded.offsetByCodePoints(i, 1);
				bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
				i = end - 1;
			}
		}
		return bytes.toByteArray();
	}

	private static boolean isHex(String text, int at) {
		return at + 1 < text.length() && Character.digit(text.charAt(at), 16) >= 0
				&& Character.digit(text.charAt(at + 1), 16) >= 0;
	}

}
