package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.messaging.Channel;
import org.tejido.messaging.DeliveryReported;
import org.tejido.messaging.DeliveryStatus;
import org.tejido.messaging.MessagingSettings;
import org.tejido.messaging.SmsParts;

/**
 * Sends what the outbox holds when its time has come, at each collective's pace, and
 * records each outcome. A message is marked as sending, and that committed, before it
 * goes; one left so (by a crash, or a gateway that did not answer) is sent again only if
 * no delivery report about it came within the grace period. That mark is not announced as
 * a {@link DeliveryReported}; the outcome that follows is.
 * <p>
 * One thread picks messages in order, takes each collective's pace and claims the batch
 * in one transaction; up to {@link MessagingSettings#sendsInFlight()} calls are then made
 * at the same time, because a gateway asked for delivery reports takes a while to answer
 * each one. Messages of the same text from the same collective to different numbers go in
 * one call when the gateway takes several numbers ({@link Bundling}); the claim writes
 * their bundle, which their delivery reports name. The next batch is claimed while the
 * last one goes, so that the gateway is never left waiting for a claim; at most one batch
 * waits claimed. Their outcomes are written, and announced, in batches too: one
 * transaction for up to {@value #OUTCOMES} outcomes or {@value #OUTCOMES_WAIT_MS} ms,
 * whichever comes first. A crash loses at most the outcomes not yet written; their
 * messages stay marked as sending and are settled by their delivery reports or, failing
 * those, sent again after the grace period. That period counts only from when this node
 * took over the dispatching: while no node ran, their reports could not arrive, and the
 * gateway calls again with them once one does. A reply to the person who wrote (the
 * confirmation of their alert) is handed over alone, before the rest of its batch, so
 * that it arrives first as the guide promises.
 * <p>
 * A message whose gateway could not be reached at all waits longer after each attempt;
 * once the gateway takes a message of the same collective again, the collective's
 * messages still waiting for it are tried at once, so that an alert does not wait minutes
 * for a gateway that is back.
 */
@Component
class Dispatcher implements DisposableBean {

	private static final Log log = LogFactory.getLog(Dispatcher.class);

	private static final int BATCH = 200;

	static final int OUTCOMES = 200;

	static final long OUTCOMES_WAIT_MS = 50;

	private static final Duration ROUND = Duration.ofSeconds(20);

	private static final Duration BREATH = Duration.ofMillis(100);

	/**
	 * How long a dispatcher that found nothing due waits for messages to be queued (the
	 * next wave of a tier, say) before its round ends: their wake cannot move a job that
	 * still runs.
	 */
	private static final Duration LINGER = Duration.ofSeconds(1);

	private final OutboundMessages messages;

	private final Channels channels;

	private final Senders senders;

	private final Pace pace;

	private final Announcer announcer;

	private final MessagingSettings settings;

	private final DispatchWake wake;

	private final SmsBundles bundles;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final Semaphore inFlight;

	private final Semaphore unsettled;

	/** Collectives whose gateway this node last found unreachable. */
	private final Set<UUID> unreachable = ConcurrentHashMap.newKeySet();

	private final int mostUnsettled;

	/**
	 * Whether this node has given the messages left sending their grace (its first
	 * round).
	 */
	private volatile boolean tookOver;

	Dispatcher(OutboundMessages messages, Channels channels, Senders senders, Pace pace, Announcer announcer,
			MessagingSettings settings, DispatchWake wake, SmsBundles bundles,
			PlatformTransactionManager transactions) {
		this.messages = messages;
		this.channels = channels;
		this.senders = senders;
		this.pace = pace;
		this.announcer = announcer;
		this.settings = settings;
		this.wake = wake;
		this.bundles = bundles;
		this.transaction = new TransactionTemplate(transactions);
		this.inFlight = new Semaphore(settings.sendsInFlight(), true);
		this.mostUnsettled = settings.sendsInFlight() + BATCH;
		this.unsettled = new Semaphore(this.mostUnsettled);
	}

	/**
	 * Sends for up to a round's time, until nothing is due and nothing more was queued
	 * within {@link #LINGER}, and returns once every message it handed over has an
	 * outcome, written.
	 */
	void dispatch() {
		if (!this.tookOver) {
			waitForReportsLeftUnheard();
			this.tookOver = true;
		}
		Outcomes outcomes = new Outcomes();
		Instant end = this.clock.instant().plus(ROUND);
		try {
			sendDue(outcomes, end);
			while (this.clock.instant().isBefore(end) && this.wake.awaited(LINGER)) {
				sendDue(outcomes, end);
			}
		}
		finally {
			settle();
			outcomes.close();
		}
	}

	/**
	 * Gives the messages left sending when this node took over (after a crash, or from a
	 * node that died) a whole grace period from now: the gateway kept their delivery
	 * reports while Tejido could not take them, and calls again with them now. Without
	 * this, a restart that takes most of the grace would send again messages already on
	 * their way to the phones, because their reports come a few seconds too late.
	 */
	private void waitForReportsLeftUnheard() {
		Instant lookAgainAt = this.clock.instant().plus(this.settings.sendingGrace());
		Integer moved = this.transaction.execute((status) -> this.messages.lookAgainNoSoonerThan(lookAgainAt));
		if (moved != null && moved > 0) {
			log.info(moved + " messages left sending wait for their delivery reports until " + lookAgainAt);
		}
	}

	/** Waits until every message handed over has an outcome. */
	private void settle() {
		this.unsettled.acquireUninterruptibly(this.mostUnsettled);
		this.unsettled.release(this.mostUnsettled);
	}

	/**
	 * Takes turns between collectives: once a collective had messages in a batch, the
	 * others' messages come first until none is left, so one collective's fan-out to
	 * thousands delays another's alert by one batch at most. A collective whose pace says
	 * wait sits out until nothing else is due.
	 */
	private void sendDue(Outcomes outcomes, Instant end) {
		Set<UUID> paused = new HashSet<>();
		Set<UUID> served = new HashSet<>();
		while (this.clock.instant().isBefore(end)) {
			boolean signalled = this.wake.signalled();
			Set<UUID> waiting = new HashSet<>(paused);
			waiting.addAll(served);
			List<Queued> due = this.messages.due(this.clock.instant(), waiting, BATCH);
			if (due.isEmpty() && waiting.isEmpty()) {
				if (signalled || this.wake.signalled()) {
					continue;
				}
				return;
			}
			if (due.isEmpty()) {
				if (served.isEmpty()) {
					paused.clear();
					pause();
				}
				served.clear();
				continue;
			}
			handOver(claim(due, paused), outcomes);
			due.forEach((message) -> served.add(message.collective()));
		}
	}

	/**
	 * Opens the messages, takes their collectives' pace (one that says wait pauses the
	 * collective) and claims those that may go, in one transaction.
	 */
	private List<Ready> claim(List<Queued> due, Set<UUID> paused) {
		Map<UUID, Optional<Gateway>> gateways = new HashMap<>();
		List<Ready> ready = new ArrayList<>();
		for (Queued message : due) {
			if (paused.contains(message.collective())) {
				continue;
			}
			Optional<Gateway> gateway = gateways.computeIfAbsent(message.collective(), this.channels::gateway);
			if (message.attempts() >= this.settings.maxAttempts()) {
				giveUp(message, "no answer after " + message.attempts() + " attempts");
				continue;
			}
			Optional<Content> opened = this.senders.open(message);
			if (opened.isEmpty()) {
				giveUp(message, "unreadable: the collective's key is gone");
				continue;
			}
			Instant at = this.clock.instant();
			if (message.channel() == Channel.SMS && gateway.isPresent() && !this.pace.take(message.collective(),
					gateway.get().messagesPerSecond(), parts(opened.get()), at)) {
				paused.add(message.collective());
				continue;
			}
			ready.add(new Ready(message, opened.get(), gateway, at, null));
		}
		ready = inBundles(ready);
		List<OutboundMessages.Claim> claims = ready.stream()
			.map((r) -> new OutboundMessages.Claim(r.message(), r.at(), r.at().plus(this.settings.sendingGrace()),
					r.bundle()))
			.toList();
		boolean[] won = this.transaction.execute((status) -> this.messages.claimAll(claims));
		List<Ready> claimed = new ArrayList<>();
		for (int i = 0; i < ready.size(); i++) {
			if (won != null && won[i]) {
				claimed.add(ready.get(i));
			}
		}
		return claimed;
	}

	/**
	 * Gives each message of the same text from the same collective, to different numbers,
	 * a bundle, as many as its gateway takes in one call; a reply, or a message whose
	 * gateway takes one number a call, goes alone.
	 */
	private List<Ready> inBundles(List<Ready> ready) {
		List<Bundling.Item> items = ready.stream()
			.map((r) -> new Bundling.Item(bundleKey(r), r.content().address(),
					this.senders.numbersPerCall(r.message().channel(), r.gateway())))
			.toList();
		List<Ready> bundled = new ArrayList<>(ready);
		for (List<Integer> bundle : Bundling.of(items)) {
			UUID id = UUID.randomUUID();
			bundle.forEach((i) -> bundled.set(i, ready.get(i).inBundle(id)));
		}
		return bundled;
	}

	private static @Nullable String bundleKey(Ready ready) {
		if (ready.message().key().endsWith(OutboundMessages.REPLY)
				|| !PhoneNumbers.sendable(ready.content().address())) {
			return null;
		}
		return ready.message().collective() + "\n" + ready.content().text();
	}

	/**
	 * Hands the claimed messages over, replies first and alone: the rest wait until the
	 * gateway took them; a bundle's messages in one call. Returns as soon as the last of
	 * them waits for its turn to go.
	 */
	private void handOver(List<Ready> claimed, Outcomes outcomes) {
		for (Ready ready : claimed) {
			if (ready.message().key().endsWith(OutboundMessages.REPLY)) {
				this.unsettled.acquireUninterruptibly();
				this.inFlight.acquireUninterruptibly();
				deliver(List.of(ready), outcomes);
			}
		}
		for (List<Ready> call : calls(claimed)) {
			this.unsettled.acquireUninterruptibly(call.size());
			try {
				this.workers.execute(() -> {
					this.inFlight.acquireUninterruptibly();
					deliver(call, outcomes);
				});
			}
			catch (RejectedExecutionException ex) {
				this.unsettled.release(call.size());
				throw ex;
			}
		}
	}

	/**
	 * The calls to make for the claimed messages other than replies, in their order: a
	 * bundle's messages together, any other message alone.
	 */
	private static List<List<Ready>> calls(List<Ready> claimed) {
		List<List<Ready>> calls = new ArrayList<>();
		Map<UUID, List<Ready>> bundles = new HashMap<>();
		for (Ready ready : claimed) {
			if (ready.message().key().endsWith(OutboundMessages.REPLY)) {
				continue;
			}
			if (ready.bundle() == null) {
				calls.add(List.of(ready));
			}
			else {
				bundles.computeIfAbsent(ready.bundle(), (id) -> {
					List<Ready> bundle = new ArrayList<>();
					calls.add(bundle);
					return bundle;
				}).add(ready);
			}
		}
		return calls;
	}

	/**
	 * Hands claimed messages over, one alone or a bundle in one call, and passes their
	 * outcomes on to be written.
	 */
	private void deliver(List<Ready> call, Outcomes outcomes) {
		try {
			List<Outcome> sent = (call.getFirst().bundle() != null) ? sendBundle(call) : List.of(send(call.getFirst()));
			for (int i = 0; i < call.size(); i++) {
				outcomes.add(new Settled(call.get(i).message(), sent.get(i)));
			}
		}
		finally {
			this.inFlight.release();
			this.unsettled.release(call.size());
		}
	}

	private List<Outcome> sendBundle(List<Ready> bundle) {
		UUID id = java.util.Objects.requireNonNull(bundle.getFirst().bundle());
		Map<String, UUID> numbers = new LinkedHashMap<>();
		bundle.forEach((ready) -> numbers.put(ready.content().address(), ready.message().id()));
		this.bundles.remember(id, numbers);
		try {
			return this.senders.sendBundle(id, bundle.getFirst().gateway().orElseThrow(), List.copyOf(numbers.keySet()),
					bundle.getFirst().content().text());
		}
		catch (RuntimeException ex) {
			log.warn("Sending bundle " + id + " failed: " + ex.getClass().getName());
			Outcome retry = Outcome.retry("error: " + ex.getClass().getSimpleName());
			return bundle.stream().map((ready) -> retry).toList();
		}
	}

	private Outcome send(Ready ready) {
		try {
			return this.senders.send(ready.message(), ready.content(), ready.gateway());
		}
		catch (RuntimeException ex) {
			log.warn("Sending message " + ready.message().id() + " failed: " + ex.getClass().getName());
			return Outcome.retry("error: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * Writes a batch of outcomes and announces them in one transaction; should that fail
	 * (a listener that throws, say), one by one. Should recording fail still, the message
	 * stays claimed and is looked at again after the grace period.
	 */
	private void write(List<Settled> batch) {
		try {
			this.announcer.announceAll(() -> record(batch));
		}
		catch (RuntimeException ex) {
			log.warn("Recording " + batch.size() + " outcomes at once failed (" + ex.getClass().getName()
					+ "); recording them one by one");
			for (Settled settled : batch) {
				try {
					List<DeliveryReported> events = this.transaction.execute((status) -> record(List.of(settled)));
					if (events != null) {
						events.forEach(this.announcer::announce);
					}
				}
				catch (RuntimeException again) {
					log.warn("Recording what became of message " + settled.message().id() + " failed: "
							+ again.getClass().getName());
				}
			}
		}
	}

	/**
	 * Writes the outcomes, in the caller's transaction if any; gives the events to
	 * announce.
	 */
	private List<DeliveryReported> record(List<Settled> batch) {
		Instant now = this.clock.instant();
		List<OutboundMessages.Move> moves = new ArrayList<>();
		List<Settled> moving = new ArrayList<>();
		List<Map.Entry<UUID, String>> answers = new ArrayList<>();
		for (Settled settled : batch) {
			Outcome outcome = settled.outcome();
			UUID id = settled.message().id();
			int attempts = settled.message().attempts() + 1;
			OutboundMessages.Move move = switch (outcome.kind()) {
				case TAKEN -> new OutboundMessages.Move(id, outcome.status(), outcome.kept(), null, now);
				case UNKNOWN -> null;
				case REFUSED -> new OutboundMessages.Move(id, DeliveryStatus.FAILED, outcome.kept(), null, now);
				case RETRY -> (attempts >= this.settings.maxAttempts())
						? new OutboundMessages.Move(id, DeliveryStatus.FAILED, outcome.kept(), null, now)
						: new OutboundMessages.Move(id, DeliveryStatus.QUEUED, outcome.kept(),
								now.plus(this.settings.retryAfter(attempts)), now);
			};
			if (move == null) {
				answers.add(new AbstractMap.SimpleEntry<>(id, outcome.kept()));
			}
			else {
				moves.add(move);
				moving.add(settled);
			}
		}
		boolean[] moved = this.messages.moveAllFromSending(moves);
		Set<UUID> reachedAgain = reachedAgain(batch);
		if (!reachedAgain.isEmpty() && this.messages.tryUnreachableNow(reachedAgain, now) > 0) {
			this.wake.afterCommit();
		}
		this.unreachable.removeAll(reachedAgain);
		List<DeliveryReported> events = new ArrayList<>();
		for (int i = 0; i < moves.size(); i++) {
			if (moved[i]) {
				events.add(new DeliveryReported(moving.get(i).message().key(), moves.get(i).to(), now));
			}
			else if (moving.get(i).outcome().kind() == Outcome.Kind.TAKEN) {
				// a delivery report moved it on already: only note the answer
				answers.add(new AbstractMap.SimpleEntry<>(moves.get(i).id(), moves.get(i).answer()));
			}
		}
		this.messages.answerAll(answers);
		return events;
	}

	/**
	 * The collectives whose gateway could not be reached and took a message now: one this
	 * node saw unreachable, or one whose message taken had been tried before (as after a
	 * restart). Notes those this batch found unreachable.
	 */
	private Set<UUID> reachedAgain(List<Settled> batch) {
		Set<UUID> collectives = new HashSet<>();
		for (Settled settled : batch) {
			UUID collective = settled.message().collective();
			if (settled.message().channel() != Channel.SMS) {
				continue;
			}
			if (settled.outcome().kind() == Outcome.Kind.TAKEN
					&& (settled.message().attempts() > 0 || this.unreachable.contains(collective))) {
				collectives.add(collective);
			}
			else if (settled.outcome().answer().startsWith(Outcome.UNREACHABLE)) {
				this.unreachable.add(collective);
			}
		}
		return collectives;
	}

	private void giveUp(Queued message, String why) {
		Instant now = this.clock.instant();
		if (this.messages.move(message.id(), EnumSet.of(message.status()), DeliveryStatus.FAILED, why, null, now)) {
			this.announcer.announce(new DeliveryReported(message.key(), DeliveryStatus.FAILED, now));
		}
	}

	private static int parts(Content content) {
		return SmsParts.measure(content.text()).parts();
	}

	/** Lets the messages in flight finish before the application stops. */
	@Override
	public void destroy() {
		this.workers.close();
	}

	private static void pause() {
		try {
			Thread.sleep(BREATH);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A message opened, with its gateway, the moment its pace was taken and the bundle it
	 * goes in, if any.
	 */
	private record Ready(Queued message, Content content, Optional<Gateway> gateway, Instant at,
			@Nullable UUID bundle) {

		Ready inBundle(UUID id) {
			return new Ready(this.message, this.content, this.gateway, this.at, id);
		}

	}

	/** A message handed over, and what became of it. */
	private record Settled(Queued message, Outcome outcome) {
	}

	/**
	 * The outcomes of one dispatch, written by a thread of their own in batches while the
	 * messages go.
	 */
	private final class Outcomes implements AutoCloseable {

		private final BlockingQueue<Settled> queue = new LinkedBlockingQueue<>();

		private volatile boolean closing;

		private final Thread writer = Thread.ofVirtual().name("messaging-outcomes").start(this::run);

		void add(Settled settled) {
			this.queue.add(settled);
		}

		private void run() {
			while (!this.closing || !this.queue.isEmpty()) {
				try {
					Settled first = this.queue.poll(OUTCOMES_WAIT_MS, TimeUnit.MILLISECONDS);
					if (first == null) {
						continue;
					}
					List<Settled> batch = new ArrayList<>(List.of(first));
					long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OUTCOMES_WAIT_MS);
					while (batch.size() < OUTCOMES) {
						Settled next = this.queue.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
						if (next == null) {
							break;
						}
						batch.add(next);
					}
					write(batch);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		@Override
		public void close() {
			this.closing = true;
			try {
				this.writer.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
