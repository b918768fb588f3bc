package org.tejido.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessagingSettingsTests {

	private final MessagingSettings settings = new MessagingSettings("s", "", 10, Duration.ofSeconds(5),
			Duration.ofMinutes(15), 10, Duration.ofSeconds(60), Duration.ofSeconds(10), 8);

	@Test
	void retriesWaitThreeTimesLongerEachTimeUpToTheLongestWait() {
		assertThat(this.settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(15));
		assertThat(this.settings.retryAfter(3)).isEqualTo(Duration.ofSeconds(45));
		assertThat(this.settings.retryAfter(6)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.settings.retryAfter(40)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void inboundIsOffWithoutASecret() {
		assertThat(this.settings.inboundOn()).isTrue();
		assertThat(new MessagingSettings(" ", "", 10, Duration.ofSeconds(5), Duration.ofMinutes(15), 10,
				Duration.ofSeconds(60), Duration.ofSeconds(10), 8)
			.inboundOn()).isFalse();
	}

	@Test
	void atLeastOneMessageMustBeAllowedInFlight() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MessagingSettings("s", "", 10, Duration.ofSeconds(5), Duration.ofMinutes(15), 10,
					Duration.ofSeconds(60), Duration.ofSeconds(10), 0))
			.withMessageContaining("sends-in-flight");
	}

}
