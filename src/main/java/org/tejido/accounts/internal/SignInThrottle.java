package org.tejido.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.tejido.accounts.AccountsSettings;
import org.tejido.site.RateLimiter;

/**
 * Slows down password guessing. Each client has so many attempts a quarter of an hour
 * (whatever the accounts); each account and client pair may fail a few times freely, then
 * waits longer and longer between attempts, and a success clears the pair. A stranger can
 * therefore slow only themselves: the owner of an account, signing in from their own
 * device in an emergency, is never locked out by someone else's guesses. Clients are told
 * apart by their network address only in memory: it is never logged or stored.
 */
@Component
public class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private final GuessDelays perAccountAndClient;

	private final RateLimiter perClient;

	SignInThrottle(AccountsSettings settings) {
		this.perAccountAndClient = new GuessDelays(settings.signInAttemptsPerAccount(), FIRST_WAIT, WINDOW);
		this.perClient = new RateLimiter(settings.signInAttemptsPerClient(), WINDOW);
	}

	/** Takes one attempt for this account and client; false when they must wait. */
	public boolean tryAttempt(String email, String client) {
		return this.perAccountAndClient.allows(key(email, client), Instant.now()) && this.perClient.tryAcquire(client);
	}

	public void failed(String email, String client) {
		this.perAccountAndClient.failed(key(email, client), Instant.now());
	}

	public void succeeded(String email, String client) {
		this.perAccountAndClient.succeeded(key(email, client));
	}

	private static String key(String email, String client) {
		return email.strip().toLowerCase(Locale.ROOT) + '\n' + client;
	}

}
