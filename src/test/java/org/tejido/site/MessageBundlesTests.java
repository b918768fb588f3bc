package org.tejido.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language says everything English says, with the same placeholders.
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	/** The bundles named by {@code spring.messages.basename}. */
	static List<String> bundles() throws IOException {
		Properties settings = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/application.properties")) {
			settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return List.of(settings.getProperty("spring.messages.basename").split(","));
	}

	static Stream<Arguments> translations() throws IOException {
		return bundles().stream()
			.flatMap((bundle) -> Stream.of("es", "fr", "pt", "id").map((lang) -> Arguments.of(bundle, lang)));
	}

	static Stream<Arguments> everyLanguage() throws IOException {
		return bundles().stream()
			.flatMap((bundle) -> Stream.of("", "_es", "_fr", "_pt", "_id")
				.map((suffix) -> Arguments.of(bundle, suffix)));
	}

	@ParameterizedTest
	@MethodSource("translations")
	void hasExactlyTheKeysOfEnglish(String bundle, String lang) throws IOException {
		assertThat(load(bundle, "_" + lang).stringPropertyNames()).isEqualTo(load(bundle, "").stringPropertyNames());
	}

	@ParameterizedTest
	@MethodSource("translations")
	void keepsEveryPlaceholderOfEnglish(String bundle, String lang) throws IOException {
		Properties english = load(bundle, "");
		Properties translated = load(bundle, "_" + lang);
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(translated.getProperty(key, ""))).as(lang + " " + key)
				.isEqualTo(placeholders(english.getProperty(key)));
		}
	}

	@ParameterizedTest
	@MethodSource("everyLanguage")
	void formatsEveryMessageWithoutLosingText(String bundle, String suffix) throws IOException {
		Properties messages = load(bundle, suffix);
		for (String key : messages.stringPropertyNames()) {
			String value = messages.getProperty(key);
			assertThat(value).as(key + " uses ’, never ', which MessageFormat would swallow").doesNotContain("'");
			assertThat(new MessageFormat(value).format(argumentsFor(value))).as(key).isNotBlank();
		}
	}

	@org.junit.jupiter.api.Test
	void noTwoBundlesNameTheSameKey() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : bundles()) {
			for (String key : load(bundle, "").stringPropertyNames()) {
				assertThat(seen.add(key)).as(key + " in " + bundle + " is also in another bundle").isTrue();
			}
		}
	}

	/** Letters, or a number where a choice between singular and plural expects one. */
	private static Object[] argumentsFor(String message) {
		Object[] arguments = { "A", "B", "C", "D" };
		for (int i = 0; i < arguments.length; i++) {
			if (message.contains("{" + i + ",choice,")) {
				arguments[i] = 2;
			}
		}
		return arguments;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String bundle, String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + bundle + suffix + ".properties")) {
			assertThat(in).as("bundle " + bundle + suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
