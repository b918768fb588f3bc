package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryReported;
import org.tejido.messaging.DeliveryStatus;

/**
 * Delivery reports from the SMS gateway (Kannel's, or an SMS centre's receipts over
 * SMPP). A report only ever moves a message forward: they may come in any order, and also
 * for a message left marked as sending, which is then known to have gone and is not sent
 * again.
 */
@Component
public class DeliveryReports {

	private static final Set<DeliveryStatus> BEFORE_ACCEPTED = EnumSet.of(DeliveryStatus.QUEUED,
			DeliveryStatus.SENDING);

	private static final Set<DeliveryStatus> BEFORE_SUBMITTED = EnumSet.of(DeliveryStatus.QUEUED,
			DeliveryStatus.SENDING, DeliveryStatus.ACCEPTED);

	private static final Set<DeliveryStatus> NOT_FINAL = EnumSet.of(DeliveryStatus.QUEUED, DeliveryStatus.SENDING,
			DeliveryStatus.ACCEPTED, DeliveryStatus.SUBMITTED);

	private final OutboundMessages messages;

	private final Announcer announcer;

	private final Clock clock = Clock.systemUTC();

	DeliveryReports(OutboundMessages messages, Announcer announcer) {
		this.messages = messages;
		this.announcer = announcer;
	}

	/**
	 * Records a Kannel delivery report (1 delivered, 2 failed, 4 buffered by the SMS
	 * centre, 8 taken by the SMS centre, 16 refused by it) about a message.
	 */
	public void report(UUID message, int kannelStatus) {
		DeliveryStatus to = switch (kannelStatus) {
			case 1 -> DeliveryStatus.DELIVERED;
			case 2, 16 -> DeliveryStatus.FAILED;
			case 4 -> DeliveryStatus.ACCEPTED;
			case 8 -> DeliveryStatus.SUBMITTED;
			default -> null;
		};
		if (to != null) {
			report(message, to, (to == DeliveryStatus.FAILED) ? "delivery report " + kannelStatus : null);
		}
	}

	/**
	 * Moves a message on to what a report says of it (an SMS centre's receipt), unless it
	 * is there or further already.
	 */
	public void report(UUID message, DeliveryStatus to, @Nullable String answer) {
		String key = this.messages.keyOf(message);
		Set<DeliveryStatus> from = switch (to) {
			case DELIVERED, FAILED -> NOT_FINAL;
			case SUBMITTED -> BEFORE_SUBMITTED;
			case ACCEPTED -> BEFORE_ACCEPTED;
			case QUEUED, SENDING -> Set.of();
		};
		if (key == null || from.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		if (this.messages.move(message, from, to, answer, null, now)) {
			this.announcer.announce(new DeliveryReported(key, to, now));
		}
	}

}
