package org.tejido.territory.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GeoMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(territory\\.geo\\.[a-z.-]+[a-z])\"");

	private static final Set<String> INVALID_REASONS = Set.of("self-intersection", "hole-outside", "overlapping-rings",
			"disconnected-interior", "too-few-distinct-points", "other");

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void everyMessageTheReadersAndWritersGiveHasATextInEachLanguage(String language) throws IOException {
		Properties bundle = new Properties();
		try (var in = getClass().getResourceAsStream("/i18n/territory" + language + ".properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		for (String key : keysInTheCode()) {
			assertThat(bundle.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
			String text = new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] { 12, 34, "x" });
			assertThat(text).as(key).doesNotContain("{");
		}
	}

	private static Set<String> keysInTheCode() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/tejido/territory/geo"))) {
			for (Path source : sources.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		INVALID_REASONS.forEach((reason) -> keys.add("territory.geo.invalid." + reason));
		assertThat(keys).hasSizeGreaterThan(25);
		return keys;
	}

}
