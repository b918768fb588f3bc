package org.tejido.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password resets by e-mail: a link with a random secret, valid for an hour and once.
 * Only the secret's hash is stored, so a copy of the database opens nothing.
 */
@Service
public class PasswordReset {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	PasswordReset(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy) {
		this.policy = policy;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** A new link's secret for the account with this address, if there is one. */
	@Transactional
	public Optional<Link> start(String email) {
		return this.accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT)).map((account) -> {
			byte[] secret = new byte[32];
			this.random.nextBytes(secret);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
			this.jdbc
				.sql("insert into account_reset (token_hash, account_id, expires_at, used) values (?, ?, ?, false)")
				.params(hash(token), account.id(),
						OffsetDateTime.ofInstant(this.clock.instant().plus(VALIDITY), ZoneOffset.UTC))
				.update();
			return new Link(account.email(), token);
		});
	}

	public boolean isUsable(String token) {
		return accountFor(token).isPresent();
	}

	/** Sets a new password through a link; the refusal's message key otherwise. */
	@Transactional
	public Optional<String> finish(String token, String newPassword) {
		Optional<UUID> accountId = accountFor(token);
		if (accountId.isEmpty()) {
			return Optional.of("reset.link-unusable");
		}
		Account account = this.accounts.findById(accountId.get()).orElseThrow();
		Optional<String> refusal = this.policy.refusal(newPassword, account.email(), account.displayName());
		if (refusal.isPresent()) {
			return refusal;
		}
		account.changePassword(this.passwords.encode(newPassword));
		this.jdbc.sql("update account_reset set used = true where account_id = ?").param(account.id()).update();
		return Optional.empty();
	}

	private Optional<UUID> accountFor(String token) {
		return this.jdbc
			.sql("select account_id from account_reset where token_hash = ? and used = false and expires_at > ?")
			.params(hash(token), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.query(UUID.class)
			.optional();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where to send a link, and the secret that goes in it. */
	public record Link(String email, String token) {
	}

}
