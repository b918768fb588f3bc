package org.tejido.site;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * So many attempts per key per period (Bucket4j token buckets), held in memory only. Keys
 * such as network addresses are never logged or stored; the table is dropped whole when
 * it grows past a bound, which only ever forgives.
 */
public final class RateLimiter {

	private static final int MAX_KEYS = 50_000;

	private final int attempts;

	private final Duration period;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public RateLimiter(int attempts, Duration period) {
		this.attempts = attempts;
		this.period = period;
	}

	/** Takes one attempt for the key; false when it has none left in this period. */
	public boolean tryAcquire(String key) {
		if (this.buckets.size() > MAX_KEYS) {
			this.buckets.clear();
		}
		return this.buckets
			.computeIfAbsent(key, (k) -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(this.attempts).refillGreedy(this.attempts, this.period).build())
				.build())
			.tryConsume(1);
	}

}
