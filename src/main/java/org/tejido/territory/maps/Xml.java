package org.tejido.territory.maps;

/** Escapes text for XML and HTML content and double-quoted attributes alike. */
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
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.appendCodePoint(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
					}
				}
			}
		});
		return out.toString();
	}

}
