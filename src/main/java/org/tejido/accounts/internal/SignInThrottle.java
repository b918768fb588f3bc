package org.tejido.accounts.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client. Clients are told apart by
 * their network address only in memory, only for the quarter of an hour a limit lasts: it
 * is never logged or stored.
 */
@Component
public class SignInThrottle {

	static final int PER_ACCOUNT = 5;

	static final int PER_CLIENT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int MAX_TRACKED = 50_000;

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

	private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

	/** Takes one attempt for this account and client; false when either has none left. */
	public boolean tryAttempt(String email, String client) {
		Bucket account = bucket(this.accounts, email.strip().toLowerCase(Locale.ROOT), PER_ACCOUNT);
		Bucket fromClient = bucket(this.clients, client, PER_CLIENT);
		return fromClient.tryConsume(1) && account.tryConsume(1);
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String key, int attempts) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, WINDOW).build())
					.build());
	}

}
