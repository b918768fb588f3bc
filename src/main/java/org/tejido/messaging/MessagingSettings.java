package org.tejido.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of messaging ({@code tejido.messaging.*}).
 *
 * @param inboundSecret the secret Kannel gives when it calls Tejido (incoming SMS and
 * delivery reports); empty turns both off
 * @param callbackUrl where Kannel reaches Tejido, e.g. {@code http://127.0.0.1:8080};
 * empty means this host's loopback address and the server's port
 * @param inboundPerSenderPerMinute incoming SMS taken from one number per minute; more
 * are kept as throttled and not passed on
 * @param firstRetry the wait before the first retry of a failed send; each next wait is
 * three times longer
 * @param longestRetry the longest wait between two retries
 * @param maxAttempts sending attempts before a message is given up as failed
 * @param sendingGrace how long a message left half-sent (e.g. by a crash) waits for a
 * delivery report before it is sent again
 * @param gatewayTimeout how long to wait for the SMS gateway to answer
 * @param sendsInFlight how many messages are handed over at the same time; a gateway that
 * asks for delivery reports answers each one slowly, so several at once keep it busy
 * (each collective's messages-per-second limit still holds)
 */
@ConfigurationProperties("tejido.messaging")
public record MessagingSettings(@DefaultValue("") String inboundSecret, @DefaultValue("") String callbackUrl,
		@DefaultValue("10") int inboundPerSenderPerMinute, @DefaultValue("5s") Duration firstRetry,
		@DefaultValue("15m") Duration longestRetry, @DefaultValue("10") int maxAttempts,
		@DefaultValue("60s") Duration sendingGrace, @DefaultValue("10s") Duration gatewayTimeout,
		@DefaultValue("64") int sendsInFlight) {

	public MessagingSettings {
		if (sendsInFlight < 1) {
			throw new IllegalArgumentException("tejido.messaging.sends-in-flight must be at least 1");
		}
	}

	/** Whether Kannel may call Tejido (incoming SMS, delivery reports). */
	public boolean inboundOn() {
		return !this.inboundSecret.isBlank();
	}

	/** The wait before the retry that follows this many attempts. */
	public Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.longestRetry) < 0; i++) {
			wait = wait.multipliedBy(3);
		}
		return (wait.compareTo(this.longestRetry) > 0) ? this.longestRetry : wait;
	}

}
