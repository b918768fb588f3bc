package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
		Set<DeliveryStatus> from = switch (to) {
			case DELIVERED, FAILED -> NOT_FINAL;
			case SUBMITTED -> BEFORE_SUBMITTED;
			case ACCEPTED -> BEFORE_ACCEPTED;
			case QUEUED, SENDING -> Set.of();
		};
		if (from.isEmpty()) {
			return;
		}
		try {
			// one transaction for the look-up, the move and its event: a fan-out brings
			// two
			// reports a message
			this.announcer.announceAll(() -> move(message, from, to, answer));
		}
		catch (RuntimeException ex) {
			// a listener failed: the move stands, announced on its own
			move(message, from, to, answer).forEach(this.announcer::announce);
		}
	}

	private List<DeliveryReported> move(UUID message, Set<DeliveryStatus> from, DeliveryStatus to,
			@Nullable String answer) {
		String key = this.messages.keyOf(message);
		Instant now = this.clock.instant();
		if (key == null || !this.messages.move(message, from, to, answer, null, now)) {
			return List.of();
		}
		return List.of(new DeliveryReported(key, to, now));
	}

}
