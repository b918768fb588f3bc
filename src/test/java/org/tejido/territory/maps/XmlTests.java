package org.tejido.territory.maps;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTests {

	@Test
	void escapesMarkupAndQuotes() {
		assertThat(Xml.escape("<script>&\"'")).isEqualTo("&lt;script&gt;&amp;&quot;&#39;");
	}

	@Test
	void dropsWhatXmlCannotCarry() {
		assertThat(Xml.escape("a\u0000b\u0007c\ud800d\u0085e\uffff")).isEqualTo("abcde");
	}

	@Test
	void keepsAccentsAndOtherScripts() {
		assertThat(Xml.escape("Río Añil — 🌳 ꦗꦮ")).isEqualTo("Río Añil — 🌳 ꦗꦮ");
	}

}
