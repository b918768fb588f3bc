package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryReported;
import org.tejido.messaging.DeliveryStatus;

/**
 * Delivery reports from the SMS gateway. A report only ever moves a message forward: they
 * may come in any order, and also for a message left marked as sending, which is then
 * known to have gone and is not sent again.
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
		Optional<Step> step = Step.of(kannelStatus);
		String key = this.messages.keyOf(message);
		if (step.isEmpty() || key == null) {
			return;
		}
		Instant now = this.clock.instant();
		String answer = (step.get().to() == DeliveryStatus.FAILED) ? "delivery report " + kannelStatus : null;
		if (this.messages.move(message, step.get().from(), step.get().to(), answer, null, now)) {
			this.announcer.announce(new DeliveryReported(key, step.get().to(), now));
		}
	}

	private record Step(Set<DeliveryStatus> from, DeliveryStatus to) {

		static Optional<Step> of(int kannelStatus) {
			return Optional.ofNullable(switch (kannelStatus) {
				case 1 -> new Step(NOT_FINAL, DeliveryStatus.DELIVERED);
				case 2, 16 -> new Step(NOT_FINAL, DeliveryStatus.FAILED);
				case 4 -> new Step(BEFORE_ACCEPTED, DeliveryStatus.ACCEPTED);
				case 8 -> new Step(BEFORE_SUBMITTED, DeliveryStatus.SUBMITTED);
				default -> null;
			});
		}

	}

}
