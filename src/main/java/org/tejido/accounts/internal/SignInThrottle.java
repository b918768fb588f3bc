package org.tejido.accounts.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.tejido.accounts.AccountsSettings;
import org.tejido.site.RateLimiter;

/**
 * Slows down password guessing, per account and per client. Clients are told apart by
 * their network address only in memory, only for the quarter of an hour a limit lasts: it
 * is never logged or stored.
 */
@Component
public class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final RateLimiter perAccount;

	private final RateLimiter perClient;

	SignInThrottle(AccountsSettings settings) {
		this.perAccount = new RateLimiter(settings.signInAttemptsPerAccount(), WINDOW);
		this.perClient = new RateLimiter(settings.signInAttemptsPerClient(), WINDOW);
	}

	/** Takes one attempt for this account and client; false when either has none left. */
	public boolean tryAttempt(String email, String client) {
		return this.perClient.tryAcquire(client) && this.perAccount.tryAcquire(email.strip().toLowerCase(Locale.ROOT));
	}

}
