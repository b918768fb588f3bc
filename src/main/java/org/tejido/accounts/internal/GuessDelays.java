package org.tejido.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing waits after wrong passwords, per key (an account and a client together). The
 * first few failures cost nothing; after them each attempt must wait twice as long as the
 * last, up to a ceiling. A success forgets the key. Because the key holds the client, a
 * stranger's guesses slow only the stranger, never the account's owner signing in from
 * elsewhere. Held in memory only; the table is dropped whole past a bound, which only
 * ever forgives.
 */
public final class GuessDelays {

	private static final int MAX_KEYS = 50_000;

	private final int free;

	private final Duration first;

	private final Duration longest;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	public GuessDelays(int free, Duration first, Duration longest) {
		this.free = free;
		this.first = first;
		this.longest = longest;
	}

	/** Whether the key may try again now. */
	public boolean allows(String key, Instant now) {
		Failures known = this.failures.get(key);
		return known == null || !now.isBefore(known.last().plus(waitAfter(known.count())));
	}

	public void failed(String key, Instant now) {
		if (this.failures.size() > MAX_KEYS) {
			this.failures.clear();
		}
		this.failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
	}

	public void succeeded(String key) {
		this.failures.remove(key);
	}

	/** How long to wait after this many failures in a row. */
	Duration waitAfter(int count) {
		if (count < this.free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(count - this.free, 20);
		Duration wait = this.first.multipliedBy(1L << doublings);
		return (wait.compareTo(this.longest) > 0) ? this.longest : wait;
	}

	private record Failures(int count, Instant last) {
	}

}
