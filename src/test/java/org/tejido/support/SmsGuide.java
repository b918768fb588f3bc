package org.tejido.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS guide (docs/sms.md) as a reader has it: its section 6 gives the Kannel set-up
 * to try Tejido without a modem.
 */
public final class SmsGuide {

	private static final Pattern BLOCK = Pattern.compile("(?s)## 6\\..*?```kannel\\n(.*?)```");

	private SmsGuide() {
	}

	/** The guide's whole text. */
	public static String text() {
		try {
			return Files.readString(Path.of("docs/sms.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Kannel configuration block of section 6, as written. */
	public static String trialConfiguration() {
		Matcher block = BLOCK.matcher(text());
		if (!block.find()) {
			throw new IllegalStateException("docs/sms.md has no kannel block in section 6");
		}
		return block.group(1);
	}

}
