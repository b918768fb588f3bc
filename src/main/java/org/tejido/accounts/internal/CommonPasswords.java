package org.tejido.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Passwords too common to protect anyone: the long entries of a public list of the
 * million most used passwords (shorter ones are refused for their length anyway).
 */
final class CommonPasswords {

	private static final String LIST = "/accounts/common-passwords.txt.gz";

	private final Set<String> passwords;

	private CommonPasswords(Set<String> passwords) {
		this.passwords = passwords;
	}

	static CommonPasswords shipped() {
		try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the class path");
			}
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			Set<String> passwords = new HashSet<>(60_000);
			lines.lines().forEach(passwords::add);
			return new CommonPasswords(Set.copyOf(passwords));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CommonPasswords of(Set<String> passwords) {
		return new CommonPasswords(Set.copyOf(passwords));
	}

	boolean contains(String password) {
		return this.passwords.contains(password.toLowerCase(Locale.ROOT));
	}

	int size() {
		return this.passwords.size();
	}

}
