package org.tejido.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.messaging.InboundMessages.InboundSms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the messaging contracts wait for, whichever the gateway: the outbox's deliveries
 * reaching a status, and incoming SMS announced to the rest of the application.
 */
final class Sent {

	private Sent() {
	}

	/**
	 * Waits until exactly {@code count} messages with the key prefix all reached the
	 * status; fails after the wait.
	 */
	static List<Delivery> awaitStatus(Outbox outbox, String keyPrefix, int count, Predicate<Delivery> reached,
			Duration wait) {
		Instant end = Instant.now().plus(wait);
		List<Delivery> deliveries = outbox.deliveries(keyPrefix);
		while (!(deliveries.size() == count && deliveries.stream().allMatch(reached))) {
			assertThat(Instant.now()).as("deliveries of " + keyPrefix + ": " + deliveries).isBefore(end);
			Heard.sleep(200);
			deliveries = outbox.deliveries(keyPrefix);
		}
		return deliveries;
	}

	/** The incoming SMS announced so far, opened. */
	static List<InboundSms> heardSms(ConfigurableApplicationContext context, Predicate<InboundSms> matching) {
		InboundMessages inbound = context.getBean(InboundMessages.class);
		return Heard.of(context, MessageReceived.class, (event) -> true)
			.stream()
			.map((event) -> inbound.find(event.id()))
			.flatMap(Optional::stream)
			.filter(matching)
			.toList();
	}

	/**
	 * The incoming SMS announced, once at least {@code wanted} match or the wait is over.
	 */
	static List<InboundSms> awaitedSms(ConfigurableApplicationContext context, Predicate<InboundSms> matching,
			int wanted, Duration wait) {
		Instant end = Instant.now().plus(wait);
		List<InboundSms> found = heardSms(context, matching);
		while (found.size() < wanted && Instant.now().isBefore(end)) {
			Heard.sleep(100);
			found = heardSms(context, matching);
		}
		return found;
	}

	/** The collective's id from its workspace address, {@code /{lang}/c/{id}}. */
	static UUID collectiveOf(String home) {
		return UUID.fromString(home.substring(home.lastIndexOf('/') + 1));
	}

	/** A collective connected to a test gateway, and its number. */
	record Connected(UUID id, String number) {
	}

}
