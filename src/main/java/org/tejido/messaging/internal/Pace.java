package org.tejido.messaging.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Keeps each collective's SMS at the pace its gateway takes (token buckets, one SMS part
 * per token). Held in memory by the one node that dispatches at a time.
 */
@Component
class Pace {

	private final Map<UUID, Limit> limits = new ConcurrentHashMap<>();

	/** Takes the tokens for an SMS of so many parts; false when it must wait. */
	boolean take(UUID collective, int perSecond, int parts) {
		Limit limit = this.limits.compute(collective,
				(id, current) -> (current != null && current.perSecond() == perSecond) ? current : Limit.of(perSecond));
		return limit.bucket().tryConsume(Math.min(Math.max(parts, 1), perSecond));
	}

	private record Limit(int perSecond, Bucket bucket) {

		static Limit of(int perSecond) {
			return new Limit(perSecond, Bucket.builder()
				.addLimit(
						Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
				.build());
		}

	}

}
