package org.tejido.accounts.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuessDelaysTests {

	private final GuessDelays delays = new GuessDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

	private final Instant now = Instant.parse("2026-12-03T08:00:00Z");

	@Test
	void letsTheFirstFailuresThroughWithoutWaiting() {
		failTimes("a", 4);
		assertThat(this.delays.allows("a", this.now)).isTrue();
	}

	@Test
	void waitsLongerAndLongerAfterThemUpToTheCeiling() {
		assertThat(this.delays.waitAfter(5)).hasSeconds(30);
		assertThat(this.delays.waitAfter(6)).hasSeconds(60);
		assertThat(this.delays.waitAfter(7)).hasSeconds(120);
		assertThat(this.delays.waitAfter(40)).isEqualTo(Duration.ofMinutes(15));
		failTimes("a", 5);
		assertThat(this.delays.allows("a", this.now.plusSeconds(29))).isFalse();
		assertThat(this.delays.allows("a", this.now.plusSeconds(30))).isTrue();
	}

	@Test
	void aSuccessForgetsTheFailures() {
		failTimes("a", 9);
		this.delays.succeeded("a");
		assertThat(this.delays.allows("a", this.now)).isTrue();
	}

	@Test
	void onePairsFailuresDoNotSlowAnother() {
		failTimes("owner\nstranger", 9);
		assertThat(this.delays.allows("owner\nphone", this.now)).isTrue();
	}

	private void failTimes(String key, int times) {
		for (int i = 0; i < times; i++) {
			this.delays.failed(key, this.now);
		}
	}

}
