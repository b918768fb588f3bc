package org.tejido.library.search;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports this node as down in {@code /actuator/health} when it has not been able to read
 * the change log for a minute: its search would show what other nodes change less and
 * less, and a proxy that checks health sends readers to the nodes that still follow.
 */
@Component("searchFollowing")
class FollowerHealth implements HealthIndicator {

	static final Duration LIMIT = Duration.ofMinutes(1);

	private final IndexFollower follower;

	FollowerHealth(IndexFollower follower) {
		this.follower = follower;
	}

	@Override
	public Health health() {
		if (!this.follower.isRunning() || this.follower.lastAlive().isAfter(Instant.now().minus(LIMIT))) {
			return Health.up().build();
		}
		return Health.down().build();
	}

}
