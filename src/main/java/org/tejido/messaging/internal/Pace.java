package org.tejido.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Keeps each collective's SMS at the pace its gateway takes: no more SMS parts within any
 * one second than the gateway's messages per second, counted over a sliding second (not a
 * bucket that lets a full burst follow a full burst). Held in memory by the one node that
 * dispatches at a time.
 */
@Component
class Pace {

	private static final Duration WINDOW = Duration.ofSeconds(1);

	private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

	/**
	 * Takes an SMS of so many parts for the collective at this moment; false when it must
	 * wait. An SMS of more parts than the limit counts as the limit.
	 */
	boolean take(UUID collective, int perSecond, int parts, Instant at) {
		int cost = Math.min(Math.max(parts, 1), Math.max(perSecond, 1));
		return this.windows.computeIfAbsent(collective, (id) -> new Window()).take(at, Math.max(perSecond, 1), cost);
	}

	/** The SMS parts taken within the last second, oldest first. */
	private static final class Window {

		private final ArrayDeque<Taken> taken = new ArrayDeque<>();

		private int parts;

		synchronized boolean take(Instant at, int perSecond, int cost) {
			Instant since = at.minus(WINDOW);
			while (!this.taken.isEmpty() && !this.taken.peekFirst().at().isAfter(since)) {
				this.parts -= this.taken.pollFirst().parts();
			}
			if (this.parts + cost > perSecond) {
				return false;
			}
			this.taken.addLast(new Taken(at, cost));
			this.parts += cost;
			return true;
		}

	}

	private record Taken(Instant at, int parts) {
	}

}
