package org.tejido.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language says everything English says, with the same placeholders.
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	@ParameterizedTest
	@ValueSource(strings = { "es", "fr", "pt", "id" })
	void hasExactlyTheKeysOfEnglish(String lang) throws IOException {
		assertThat(load("_" + lang).stringPropertyNames()).isEqualTo(load("").stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "fr", "pt", "id" })
	void keepsEveryPlaceholderOfEnglish(String lang) throws IOException {
		Properties english = load("");
		Properties translated = load("_" + lang);
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(translated.getProperty(key, ""))).as(lang + " " + key)
				.isEqualTo(placeholders(english.getProperty(key)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_fr", "_pt", "_id" })
	void formatsEveryMessageWithoutLosingText(String suffix) throws IOException {
		Properties messages = load(suffix);
		for (String key : messages.stringPropertyNames()) {
			String value = messages.getProperty(key);
			assertThat(value).as(key + " uses ’, never ', which MessageFormat would swallow").doesNotContain("'");
			assertThat(new MessageFormat(value).format(new Object[] { "A", "B", "C", "D" })).as(key).isNotBlank();
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class
			.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			assertThat(in).as("bundle messages" + suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
