package org.tejido.territory.satellite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SatelliteTextsTests {

	@Test
	void everyKeyTheReaderAndTheEventsUseHasAText() throws IOException {
		Properties english = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/i18n/territory.properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> keys = new ArrayList<>();
		for (String reason : List.of("latitude", "longitude", "date", "time", "confidence", "frp")) {
			keys.add(RowProblem.of(1, reason, "x").messageKey());
		}
		for (String reason : List.of("too-large", "too-many-rows", "unknown-format", "no-usable-row", "unreadable")) {
			keys.add(new AlertFileRefused(422, reason).messageKey());
		}
		for (Confidence confidence : Confidence.values()) {
			keys.add(confidence.messageKey());
		}
		for (AlertFamily family : AlertFamily.values()) {
			keys.add(family.messageKey());
		}

		assertThat(english.stringPropertyNames()).containsAll(keys);
	}

}
