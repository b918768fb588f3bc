package org.tejido.territory.maps;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapKindTests {

	@Test
	void namesEveryKindInTheTerritoryTexts() throws IOException {
		Properties texts = new Properties();
		try (Reader in = new InputStreamReader(MapKindTests.class.getResourceAsStream("/i18n/territory.properties"),
				StandardCharsets.UTF_8)) {
			texts.load(in);
		}
		for (MapKind kind : MapKind.values()) {
			assertThat(texts.getProperty(kind.messageKey())).as(kind.name()).isNotBlank();
		}
	}

	@Test
	void stylesWithPresentationAttributesOnly() {
		for (MapKind kind : MapKind.values()) {
			assertThat(kind.attributes()).doesNotContain("style").doesNotContain("class");
		}
	}

}
