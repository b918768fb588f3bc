package org.tejido.territory.maps;

/**
 * Escapes user text for XML and HTML content and double-quoted attributes alike, dropping
 * what XML cannot carry (control characters, lone surrogates) so the SVG always parses.
 */
final class Xml {

	private Xml() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (allowed(c)) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	private static boolean allowed(int c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n';
		}
		return !(c >= 0x7f && c <= 0x9f) && !Character.isSurrogate((char) c) && c != 0xfffe && c != 0xffff;
	}

}
