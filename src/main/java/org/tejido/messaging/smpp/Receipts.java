package org.tejido.messaging.smpp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryStatus;
import org.tejido.messaging.internal.DeliveryReports;

/**
 * Delivery receipts from SMS centres, moving messages on through the same path as
 * Kannel's delivery reports. A receipt can overtake the answer to the submit it is about
 * (the SMS centre may send it at once); one whose id is not known yet is held for a while
 * and applied once the submit's answer is recorded.
 */
@Component
class Receipts {

	private static final Duration HELD = Duration.ofMinutes(10);

	private final SentParts parts;

	private final DeliveryReports reports;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Held> early = new LinkedHashMap<>();

	Receipts(SentParts parts, DeliveryReports reports) {
		this.parts = parts;
		this.reports = reports;
	}

	/** The SMS centre took every part of a message, under these ids. */
	void sent(UUID collective, UUID message, List<String> ids) {
		List<Receipt> waiting = new ArrayList<>();
		synchronized (this.early) {
			this.parts.record(collective, message, ids, this.clock.instant());
			for (String id : ids) {
				for (String candidate : SentParts.candidates(id)) {
					Held held = this.early.remove(collective + " " + candidate);
					if (held != null) {
						waiting.add(held.receipt());
					}
				}
			}
		}
		waiting.forEach((receipt) -> apply(collective, receipt));
	}

	/** A receipt came from a collective's SMS centre. */
	void received(UUID collective, Receipt receipt) {
		Optional<DeliveryStatus> status = receipt.status();
		if (status.isEmpty()) {
			return;
		}
		Optional<SentParts.Standing> standing;
		synchronized (this.early) {
			standing = this.parts.receipt(collective, receipt.id(), status.get());
			if (standing.isEmpty()) {
				hold(collective, receipt);
			}
		}
		standing.ifPresent((whole) -> report(whole, receipt));
	}

	private void apply(UUID collective, Receipt receipt) {
		receipt.status()
			.flatMap((status) -> this.parts.receipt(collective, receipt.id(), status))
			.ifPresent((whole) -> report(whole, receipt));
	}

	private void report(SentParts.Standing whole, Receipt receipt) {
		this.reports.report(whole.message(), whole.status(),
				(whole.status() == DeliveryStatus.FAILED) ? receipt.answer() : null);
	}

	private void hold(UUID collective, Receipt receipt) {
		Instant now = this.clock.instant();
		this.early.values().removeIf((held) -> held.at().isBefore(now.minus(HELD)));
		if (this.early.size() < 10_000) {
			this.early.put(collective + " " + SentParts.normalised(receipt.id()), new Held(receipt, now));
		}
	}

	private record Held(Receipt receipt, Instant at) {
	}

}
