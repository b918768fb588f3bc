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

	/** Percent-decoding to bytes, with {@code +} for a space. */
	static byte[] decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%' && isHex(encoded, i + 1)) {
				bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	private static boolean isHex(String text, int at) {
		return at + 1 < text.length() && Character.digit(text.charAt(at), 16) >= 0
				&& Character.digit(text.charAt(at + 1), 16) >= 0;
	}

}
