package org.tejido.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTests {

	private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void aCollectiveAtFivePerSecondGetsNoMoreThanFiveInAnySecond() {
		Pace pace = new Pace();
		UUID collective = UUID.randomUUID();
		List<Instant> taken = new ArrayList<>();
		for (Instant at = START; at.isBefore(START.plusSeconds(5)); at = at.plusMillis(10)) {
			if (pace.take(collective, 5, 1, at)) {
				taken.add(at);
			}
		}
		assertThat(taken).hasSize(25);
		for (int i = 5; i < taken.size(); i++) {
			assertThat(Duration.between(taken.get(i - 5), taken.get(i))).as("six in a row span at least a second")
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void aFullBurstIsNotFollowedByAnotherWithinTheSameSecond() {
		Pace pace = new Pace();
		UUID collective = UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(pace.take(collective, 5, 1, START)).isTrue();
		}
		assertThat(pace.take(collective, 5, 1, START.plusMillis(200))).isFalse();
		assertThat(pace.take(collective, 5, 1, START.plusMillis(999))).isFalse();
		assertThat(pace.take(collective, 5, 1, START.plusSeconds(1))).isTrue();
	}

	@Test
	void longMessagesCountEachOfTheirParts() {
		Pace pace = new Pace();
		UUID collective = UUID.randomUUID();
		assertThat(pace.take(collective, 5, 3, START)).isTrue();
		assertThat(pace.take(collective, 5, 3, START.plusMillis(1))).isFalse();
		assertThat(pace.take(collective, 5, 2, START.plusMillis(2))).isTrue();
		assertThat(pace.take(collective, 5, 9, START.plusSeconds(2))).as("more parts than the limit count as it")
			.isTrue();
	}

	@Test
	void collectivesHaveTheirOwnPace() {
		Pace pace = new Pace();
		UUID one = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		assertThat(pace.take(one, 1, 1, START)).isTrue();
		assertThat(pace.take(one, 1, 1, START)).isFalse();
		assertThat(pace.take(other, 1, 1, START)).isTrue();
	}

}
