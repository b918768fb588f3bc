package org.tejido.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

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
 * a {@link DeliveryReported}, which would cost a transaction per message of a fan-out;
 * the outcome that follows is.
 * <p>
 * One thread picks and claims messages in order; up to
 * {@link MessagingSettings#sendsInFlight()} of them are then handed over at the same
 * time, because a gateway asked for delivery reports takes a while to answer each one. A
 * reply to the person who wrote (the confirmation of their alert) is handed over alone,
 * before the rest of its batch, so that it arrives first as the guide promises.
 */
@Component
class Dispatcher implements DisposableBean {

	private static final Log log = LogFactory.getLog(Dispatcher.class);

	private static final int BATCH = 50;

	private static final Duration ROUND = Duration.ofSeconds(20);

	private static final Duration BREATH = Duration.ofMillis(100);

	private final OutboundMessages messages;

	private final Channels channels;

	private final Senders senders;

	private final Pace pace;

	private final Announcer announcer;

	private final MessagingSettings settings;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final Semaphore inFlight;

	Dispatcher(OutboundMessages messages, Channels channels, Senders senders, Pace pace, Announcer announcer,
			MessagingSettings settings) {
		this.messages = messages;
		this.channels = channels;
		this.senders = senders;
		this.pace = pace;
		this.announcer = announcer;
		this.settings = settings;
		this.inFlight = new Semaphore(settings.sendsInFlight());
	}

	/**
	 * Sends for up to a round's time, until nothing is due, and returns once every
	 * message it handed over has an outcome.
	 */
	void dispatch() {
		try {
			sendDue();
		}
		finally {
			this.inFlight.acquireUninterruptibly(this.settings.sendsInFlight());
			this.inFlight.release(this.settings.sendsInFlight());
		}
	}

	/**
	 * Takes turns between collectives: once a collective had messages in a batch, the
	 * others' messages come first until none is left, so one collective's fan-out to
	 * thousands delays another's alert by one batch at most. A collective whose pace says
	 * wait sits out until nothing else is due.
	 */
	private void sendDue() {
		Instant end = this.clock.instant().plus(ROUND);
		Set<UUID> paused = new HashSet<>();
		Set<UUID> served = new HashSet<>();
		while (this.clock.instant().isBefore(end)) {
			Set<UUID> waiting = new HashSet<>(paused);
			waiting.addAll(served);
			List<Queued> due = this.messages.due(this.clock.instant(), waiting, BATCH);
			if (due.isEmpty() && waiting.isEmpty()) {
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
			Map<UUID, Optional<Gateway>> gateways = new HashMap<>();
			for (Queued message : due) {
				Optional<Gateway> gateway = gateways.computeIfAbsent(message.collective(), this.channels::gateway);
				if (!paused.contains(message.collective()) && !handOver(message, gateway)) {
					paused.add(message.collective());
				}
			}
			due.forEach((message) -> served.add(message.collective()));
		}
	}

	/** Sends one message unless its collective's pace says wait; false when it must. */
	private boolean handOver(Queued message, Optional<Gateway> gateway) {
		if (message.attempts() >= this.settings.maxAttempts()) {
			giveUp(message, "no answer after " + message.attempts() + " attempts");
			return true;
		}
		Optional<Content> opened = this.senders.open(message);
		if (opened.isEmpty()) {
			giveUp(message, "unreadable: the collective's key is gone");
			return true;
		}
		Content content = opened.get();
		if (message.channel() == Channel.SMS && gateway.isPresent()
				&& !this.pace.take(message.collective(), gateway.get().messagesPerSecond(), parts(content))) {
			return false;
		}
		Instant now = this.clock.instant();
		if (!this.messages.claim(message, now, now.plus(this.settings.sendingGrace()))) {
			return true;
		}
		this.inFlight.acquireUninterruptibly();
		if (message.key().endsWith(OutboundMessages.REPLY)) {
			// the reporter hears first: the rest of the batch waits until the gateway
			// took it
			deliver(message, content, gateway);
			return true;
		}
		try {
			this.workers.execute(() -> deliver(message, content, gateway));
		}
		catch (RejectedExecutionException ex) {
			this.inFlight.release();
			throw ex;
		}
		return true;
	}

	/**
	 * Hands a claimed message over and records what became of it. Should recording fail,
	 * the message stays claimed and is looked at again after the grace period.
	 */
	private void deliver(Queued message, Content content, Optional<Gateway> gateway) {
		try {
			record(message, message.attempts() + 1, send(message, content, gateway));
		}
		catch (RuntimeException ex) {
			log.warn("Recording what became of message " + message.id() + " failed: " + ex.getClass().getName());
		}
		finally {
			this.inFlight.release();
		}
	}

	private Outcome send(Queued message, Content content, Optional<Gateway> gateway) {
		try {
			return this.senders.send(message, content, gateway);
		}
		catch (RuntimeException ex) {
			log.warn("Sending message " + message.id() + " failed: " + ex.getClass().getName());
			return Outcome.retry("error: " + ex.getClass().getSimpleName());
		}
	}

	private void record(Queued message, int attempts, Outcome outcome) {
		Instant now = this.clock.instant();
		switch (outcome.kind()) {
			case TAKEN -> moveOrNote(message, outcome, now);
			case UNKNOWN -> this.messages.answer(message.id(), outcome.kept());
			case REFUSED -> move(message, DeliveryStatus.FAILED, outcome.kept(), null, now);
			case RETRY -> {
				if (attempts >= this.settings.maxAttempts()) {
					move(message, DeliveryStatus.FAILED, outcome.kept(), null, now);
				}
				else {
					move(message, DeliveryStatus.QUEUED, outcome.kept(), now.plus(this.settings.retryAfter(attempts)),
							now);
				}
			}
		}
	}

	/**
	 * A delivery report may have moved the message on already: then only note the answer.
	 */
	private void moveOrNote(Queued message, Outcome outcome, Instant now) {
		if (!move(message, outcome.status(), outcome.kept(), null, now)) {
			this.messages.answer(message.id(), outcome.kept());
		}
	}

	private boolean move(Queued message, DeliveryStatus to, String answer, @Nullable Instant nextAttempt, Instant now) {
		boolean moved = this.messages.move(message.id(), EnumSet.of(DeliveryStatus.SENDING), to, answer, nextAttempt,
				now);
		if (moved) {
			announce(message, to, now);
		}
		return moved;
	}

	private void giveUp(Queued message, String why) {
		Instant now = this.clock.instant();
		if (this.messages.move(message.id(), EnumSet.of(message.status()), DeliveryStatus.FAILED, why, null, now)) {
			announce(message, DeliveryStatus.FAILED, now);
		}
	}

	private void announce(Queued message, DeliveryStatus status, Instant at) {
		this.announcer.announce(new DeliveryReported(message.key(), status, at));
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

}
