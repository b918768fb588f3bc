package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import org.tejido.messaging.DeliveryReported;
import org.tejido.messaging.DeliveryStatus;

/**
 * Delivery reports from the SMS gateway (Kannel's, or an SMS centre's receipts over
 * SMPP). A report only ever moves a message forward: they may come in any order, and also
 * for a message left marked as sending, which is then known to have gone and is not sent
 * again.
 * <p>
 * A fan-out to 10,000 brings 20,000 reports within a minute, from many connections at
 * once. Reports that arrive together are written together: one thread takes up to
 * {@value #BATCH} of them, or what came within {@value #WAIT_MS} ms, and moves them and
 * announces the moves in one transaction; each caller returns once its report is
 * committed (so that the gateway is told "kept" only then). Should the batch fail, each
 * report is written on its own.
 */
@Component
public class DeliveryReports implements DisposableBean {

	private static final Log log = LogFactory.getLog(DeliveryReports.class);

	static final int BATCH = 500;

	static final long WAIT_MS = 10;

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Set<DeliveryStatus> BEFORE_ACCEPTED = EnumSet.of(DeliveryStatus.QUEUED,
			DeliveryStatus.SENDING);

	private static final Set<DeliveryStatus> BEFORE_SUBMITTED = EnumSet.of(DeliveryStatus.QUEUED,
			DeliveryStatus.SENDING, DeliveryStatus.ACCEPTED);

	private static final Set<DeliveryStatus> NOT_FINAL = EnumSet.of(DeliveryStatus.QUEUED, DeliveryStatus.SENDING,
			DeliveryStatus.ACCEPTED, DeliveryStatus.SUBMITTED);

	private final OutboundMessages messages;

	private final Announcer announcer;

	private final Clock clock = Clock.systemUTC();

	private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean stopping;

	DeliveryReports(OutboundMessages messages, Announcer announcer) {
		this.messages = messages;
		this.announcer = announcer;
		this.writer = Thread.ofVirtual().name("messaging-delivery-reports").start(this::writeBatches);
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
	 * is there or further already; returns once that is committed.
	 */
	public void report(UUID message, DeliveryStatus to, @Nullable String answer) {
		if (from(to).isEmpty()) {
			return;
		}
		Report report = new Report(message, to, answer);
		if (this.stopping) {
			alone(report);
			return;
		}
		CompletableFuture<Boolean> written = new CompletableFuture<>();
		this.pending.add(new Pending(report, written));
		boolean inBatch;
		try {
			inBatch = written.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while keeping a delivery report", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			inBatch = false;
		}
		if (!inBatch) {
			alone(report);
		}
	}

	private void writeBatches() {
		while (!this.stopping || !this.pending.isEmpty()) {
			try {
				Pending first = this.pending.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Pending> batch = new ArrayList<>(List.of(first));
				long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
				while (batch.size() < BATCH) {
					Pending next = this.pending.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
					if (next == null) {
						break;
					}
					batch.add(next);
				}
				boolean written = write(batch.stream().map(Pending::report).toList());
				batch.forEach((each) -> each.written().complete(written));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Writes a batch in one transaction; false when it failed and nothing was kept. */
	private boolean write(List<Report> batch) {
		try {
			this.announcer.announceAll(() -> move(batch));
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Keeping " + batch.size() + " delivery reports at once failed (" + ex.getClass().getName()
					+ "); keeping them one by one");
			return false;
		}
	}

	/** Writes one report on its own: moved in one transaction, announced in another. */
	private void alone(Report report) {
		try {
			this.announcer.announceAll(() -> move(List.of(report)));
		}
		catch (RuntimeException ex) {
			// a listener failed: the move stands, announced on its own
			move(List.of(report)).forEach(this.announcer::announce);
		}
	}

	/**
	 * Moves the messages, in the caller's transaction; gives the events to announce. Of
	 * several reports about one message, only the one that moves it furthest is written
	 * (Kannel's "taken by the SMS centre" and "delivered" often come within
	 * milliseconds): the same as when the later one comes first, which reports may always
	 * do.
	 */
	private List<DeliveryReported> move(List<Report> batch) {
		List<Report> reports = furthestOfEach(batch);
		Instant now = this.clock.instant();
		Map<UUID, String> keys = this.messages.keysOf(reports.stream().map(Report::message).distinct().toList());
		List<Report> known = reports.stream().filter((report) -> keys.containsKey(report.message())).toList();
		boolean[] moved = this.messages.moveAllForward(known.stream()
			.map((report) -> new OutboundMessages.Forward(report.message(), from(report.to()), report.to(),
					report.answer()))
			.toList(), now);
		List<DeliveryReported> events = new ArrayList<>();
		for (int i = 0; i < known.size(); i++) {
			if (moved[i]) {
				events.add(new DeliveryReported(keys.get(known.get(i).message()), known.get(i).to(), now));
			}
		}
		return events;
	}

	/**
	 * For each message, its report that moves it furthest: the first final one, else the
	 * latest step.
	 */
	static List<Report> furthestOfEach(List<Report> reports) {
		Map<UUID, Report> furthest = new LinkedHashMap<>();
		for (Report report : reports) {
			furthest.merge(report.message(), report, (kept, next) -> (step(next.to()) > step(kept.to())) ? next : kept);
		}
		return List.copyOf(furthest.values());
	}

	private static int step(DeliveryStatus to) {
		return switch (to) {
			case QUEUED, SENDING -> 0;
			case ACCEPTED -> 1;
			case SUBMITTED -> 2;
			case DELIVERED, FAILED -> 3;
		};
	}

	private static Set<DeliveryStatus> from(DeliveryStatus to) {
		return switch (to) {
			case DELIVERED, FAILED -> NOT_FINAL;
			case SUBMITTED -> BEFORE_SUBMITTED;
			case ACCEPTED -> BEFORE_ACCEPTED;
			case QUEUED, SENDING -> Set.of();
		};
	}

	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.writer.join(PATIENCE.toMillis());
	}

	record Report(UUID message, DeliveryStatus to, @Nullable String answer) {
	}

	private record Pending(Report report, CompletableFuture<Boolean> written) {
	}

}
