package org.tejido.accounts.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factor: time-based one-time codes (RFC 6238, six digits every 30 seconds, as
 * every authenticator app makes them) and single-use recovery codes, kept only as hashes.
 */
@Service
public class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Tejido";

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	@Autowired
	TwoFactor(Accounts accounts, JdbcClient jdbc) {
		this(accounts, jdbc, Clock.systemUTC());
	}

	TwoFactor(Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Gives the account a new secret, not yet in force, and says how to add it to an app.
	 */
	@Transactional
	public Enrolment startEnrolment(Account account) {
		byte[] secret = new byte[20];
		this.random.nextBytes(secret);
		String encoded = new Base32().encodeToString(secret).replace("=", "");
		Account managed = this.accounts.findById(account.id()).orElseThrow();
		managed.startTwoFactorEnrolment(encoded);
		String label = URLEncoder.encode(ISSUER + ":" + managed.email(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + encoded + "&issuer=" + ISSUER;
		return new Enrolment(grouped(encoded), uri);
	}

	/** Puts the new secret in force once the person proves their app makes its codes. */
	@Transactional
	public List<String> confirmEnrolment(Account account, String code) {
		Account managed = this.accounts.findById(account.id()).orElseThrow();
		if (managed.totpSecret() == null || !matchesTimeCode(managed.totpSecret(), code)) {
			throw new AccountRefused("two-factor.wrong-code");
		}
		managed.confirmTwoFactor();
		return newRecoveryCodes(managed);
	}

	/**
	 * Whether a code (from the app, or an unused recovery code, which is then used up) is
	 * right.
	 */
	@Transactional
	public boolean verify(Account account, String code) {
		if (!account.hasTwoFactor()) {
			return false;
		}
		String secret = account.totpSecret();
		return (secret != null && matchesTimeCode(secret, code)) || useRecoveryCode(account, code);
	}

	private boolean matchesTimeCode(String secret, String code) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return false;
		}
		Key key = new SecretKeySpec(new Base32().decode(secret), this.totp.getAlgorithm());
		Instant now = this.clock.instant();
		for (int step = -1; step <= 1; step++) {
			if (formatted(generate(key, now.plus(this.totp.getTimeStep().multipliedBy(step)))).equals(digits)) {
				return true;
			}
		}
		return false;
	}

	private int generate(Key key, Instant at) {
		try {
			return this.totp.generateOneTimePassword(key, at);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> newRecoveryCodes(Account account) {
		this.jdbc.sql("delete from account_recovery_code where account_id = ?").param(account.id()).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[8];
			this.random.nextBytes(bytes);
			String code = new Base32().encodeToString(bytes).substring(0, 10).toLowerCase(Locale.ROOT);
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
			this.jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
				.params(account.id(), hash(code))
				.update();
		}
		return codes;
	}

	private boolean useRecoveryCode(Account account, String code) {
		String normalized = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		return this.jdbc.sql("delete from account_recovery_code where account_id = ? and code_hash = ?")
			.params(account.id(), hash(normalized))
			.update() == 1;
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String formatted(int code) {
		return String.format(Locale.ROOT, "%06d", code);
	}

	private static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	/**
	 * What a person types into their authenticator app, or the link that app opens.
	 */
	public record Enrolment(String secret, String uri) {
	}

}
