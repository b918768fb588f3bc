package org.tejido.network.graph;

/**
 * Escapes user text for XML and HTML content and double-quoted attributes, dropping what
 * XML cannot carry, so every file and drawing parses.
 */
public final class Xml {

	private Xml() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 ? !(c >= 0x7f && c <= 0x9f) && c != 0xfffe && c != 0xffff : c == '\t' || c == '\n') {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
