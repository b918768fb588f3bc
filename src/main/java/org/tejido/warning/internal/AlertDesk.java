package org.tejido.warning.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Sealed;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.messaging.Channel;
import org.tejido.messaging.Outbox;
import org.tejido.messaging.Outgoing;
import org.tejido.site.NotFound;
import org.tejido.warning.AlertEscalated;
import org.tejido.warning.AlertRaised;

/**
 * Raises alerts and carries them along their collective's protocol: the first tier is
 * told at once; when a tier's wait is over and nobody acknowledged, the next tier is
 * called; coordinators can escalate, hold, update and close; everyone told hears of
 * updates and closure. Every step is written to the alert's timeline and every message
 * queued durably under a key that names alert, step, person and channel.
 */
@Service
public class AlertDesk {

	/** Without a protocol, coordinators are told by every channel and nobody further. */
	private static final Tier COORDINATORS = new Tier(List.of("coordinators"),
			List.of(Channel.SMS, Channel.EMAIL, Channel.INBOX), 0, "collective");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_NOTE = 300;

	private final Alerts alerts;

	private final Protocols protocols;

	private final Timeline timeline;

	private final CollectivePeople people;

	private final CollectiveKeys keys;

	private final AlertMessages messages;

	private final Outbox outbox;

	private final SchedulerClient scheduler;

	private final OneTimeTask<String> escalation;

	private final ApplicationEventPublisher events;

	private final TierWaves waves;

	AlertDesk(Alerts alerts, Protocols protocols, Timeline timeline, CollectivePeople people, CollectiveKeys keys,
			AlertMessages messages, Outbox outbox, SchedulerClient scheduler,
			@Qualifier("alertEscalation") OneTimeTask<String> escalation, ApplicationEventPublisher events,
			TierWaves waves) {
		this.alerts = alerts;
		this.protocols = protocols;
		this.timeline = timeline;
		this.people = people;
		this.keys = keys;
		this.messages = messages;
		this.outbox = outbox;
		this.scheduler = scheduler;
		this.escalation = escalation;
		this.events = events;
		this.waves = waves;
	}

	/**
	 * Raises an alert and tells its first tier.
	 * @param reporter the member who reported it, or null when they chose to stay
	 * anonymous
	 */
	@Transactional
	public UUID raise(UUID collective, Report report, @Nullable UUID reporter) {
		return raiseAlert(collective, report, reporter).id();
	}

	/** Raises an alert from an observation of the territory, which it points back to. */
	@Transactional
	public UUID raiseFromObservation(UUID collective, Report report, UUID reporter, UUID observation) {
		return raiseAlert(collective, report, reporter, (alert) -> alert.raisedFrom(observation)).id();
	}

	Alert raiseAlert(UUID collective, Report report, @Nullable UUID reporter) {
		return raiseAlert(collective, report, reporter, (alert) -> {
		});
	}

	/**
	 * Raises an alert; once it has its code, and before the first tier is told, the given
	 * step runs (an SMS reporter's confirmation, queued ahead of the tier's messages).
	 */
	Alert raiseAlert(UUID collective, Report report, @Nullable UUID reporter, Consumer<Alert> beforeTelling) {
		Protocol protocol = this.protocols.findByCollectiveIdOrderByCreatedAt(collective)
			.stream()
			.filter((candidate) -> candidate.covers(report.category(), report.severity())
					&& !candidate.tiers().isEmpty())
			.findFirst()
			.orElse(null);
		Sealed sealing = sealing(collective);
		Alert alert = this.alerts.save(new Alert(collective, newCode(collective), report, reporter,
				(protocol != null) ? protocol.id() : null, sealing, Instant.now()));
		note(alert, "raised", reporter, null, report.source().code());
		beforeTelling.accept(alert);
		callTier(alert, 1);
		this.events.publishEvent(new AlertRaised(alert.id(), collective));
		return alert;
	}

	/**
	 * A tier's wait is over: if nobody acknowledged and nobody held it, call the next.
	 */
	@Transactional
	public void deadlinePassed(UUID collective, UUID alertId, int step) {
		Alert alert = this.alerts.findByCollectiveIdAndId(collective, alertId).orElse(null);
		if (alert == null || !alert.awaitsAnswerAt(step)) {
			return;
		}
		note(alert, "unanswered", null, step, "");
		escalateFrom(alert, step, null);
	}

	/**
	 * Records an acknowledgement; the first one stops the escalation.
	 * @throws Invalid if the alert is closed
	 */
	@Transactional
	public void acknowledge(UUID collective, UUID alertId, UUID member, String via) {
		Alert alert = find(collective, alertId);
		if (!alert.isOpen()) {
			throw new Invalid("alerts.closed", alert.code());
		}
		alert.acknowledge(member, Instant.now());
		note(alert, "acknowledged", member, alert.step(), via);
	}

	/** Finds an alert of a collective by the code people reply with. */
	@Transactional(readOnly = true)
	public Optional<Alert> byCode(UUID collective, String code) {
		return this.alerts.findByCollectiveIdAndCode(collective, code)
			.stream()
			.max(java.util.Comparator.comparing(Alert::reportedAt));
	}

	/**
	 * @throws Invalid if the alert is closed or every tier was called
	 */
	@Transactional
	public void escalate(Membership coordinator, UUID alertId) {
		Alert alert = open(coordinator, alertId);
		if (alert.step() >= tiersOf(alert).size()) {
			throw new Invalid("alerts.no-more-tiers");
		}
		escalateFrom(alert, alert.step(), coordinator.member());
	}

	/** Holds the escalation and lowers the severity by one. */
	@Transactional
	public void deescalate(Membership coordinator, UUID alertId) {
		Alert alert = open(coordinator, alertId);
		alert.hold();
		note(alert, "held", coordinator.member(), alert.step(), alert.severity().code());
	}

	/** Tells everyone told so far what is new. */
	@Transactional
	public void update(Membership coordinator, UUID alertId, String text) {
		Alert alert = open(coordinator, alertId);
		String news = checkedText(text);
		int update = alert.update();
		tellEveryoneToldSoFar(alert, "update", "alert:" + alert.id() + ":update:" + update, news);
		note(alert, "updated", coordinator.member(), alert.step(), news);
	}

	/** Closes the alert and tells everyone told so far. */
	@Transactional
	public void close(Membership coordinator, UUID alertId, String note) {
		Alert alert = open(coordinator, alertId);
		String closing = checkedNote(note);
		alert.close();
		tellEveryoneToldSoFar(alert, "closed", "alert:" + alert.id() + ":closed", closing);
		note(alert, "closed", coordinator.member(), alert.step(), closing);
	}

	Alert find(UUID collective, UUID alertId) {
		return this.alerts.findByCollectiveIdAndId(collective, alertId).orElseThrow(NotFound::new);
	}

	Sealed sealing(UUID collective) {
		return this.keys.sealed(collective);
	}

	List<Tier> tiersOf(Alert alert) {
		UUID protocolId = alert.protocolId();
		if (protocolId == null) {
			return List.of(COORDINATORS);
		}
		return this.protocols.findByCollectiveIdAndId(alert.collectiveId(), protocolId)
			.map(Protocol::tiers)
			.filter((tiers) -> !tiers.isEmpty())
			.orElse(List.of(COORDINATORS));
	}

	void note(Alert alert, String kind, @Nullable UUID member, @Nullable Integer step, String detail) {
		this.timeline.save(new TimelineEntry(alert.id(), kind, member, step,
				sealing(alert.collectiveId()).seal("alert.event", detail), Instant.now()));
	}

	private void escalateFrom(Alert alert, int step, @Nullable UUID by) {
		if (step >= tiersOf(alert).size()) {
			note(alert, "no-more-tiers", null, step, "");
			return;
		}
		note(alert, "escalated", by, step + 1, "");
		callTier(alert, step + 1);
		this.events.publishEvent(new AlertEscalated(alert.id(), alert.collectiveId(), step + 1));
	}

	/**
	 * Tells a tier: its first wave in this transaction, the rest by {@link TierWaves}
	 * once it commits.
	 */
	private void callTier(Alert alert, int step) {
		Tier tier = tiersOf(alert).get(step - 1);
		List<Person> told = toldIn(alert, tier);
		List<Outgoing> messages = tierMessages(alert, tier, step, told);
		this.waves.tell(alert, step, messages);
		alert.reachStep(step);
		note(alert, "tier-called", null, step, told.size() + " " + messages.size());
		if (tier.waitMinutes() > 0) {
			Escalations.schedule(this.scheduler, this.escalation, alert, step, Duration.ofMinutes(tier.waitMinutes()));
		}
	}

	/**
	 * The messages of a tier called earlier, to the people in it now (for
	 * {@link TierWaves} to queue the rest); none if the alert or the tier is gone.
	 */
	@Transactional(readOnly = true)
	public List<Outgoing> messagesOfTier(UUID collective, UUID alertId, int step) {
		Alert alert = this.alerts.findByCollectiveIdAndId(collective, alertId).orElse(null);
		if (alert == null) {
			return List.of();
		}
		List<Tier> tiers = tiersOf(alert);
		if (step > tiers.size()) {
			return List.of();
		}
		Tier tier = tiers.get(step - 1);
		return tierMessages(alert, tier, step, toldIn(alert, tier));
	}

	private List<Person> toldIn(Alert alert, Tier tier) {
		return Recipients.of(tier.targets(), this.people.of(alert.collectiveId()))
			.stream()
			.filter((person) -> !person.member().equals(alert.reporterId()))
			.toList();
	}

	private List<Outgoing> tierMessages(Alert alert, Tier tier, int step, List<Person> told) {
		return this.messages.to(told, tier.channels(), alert, sealing(alert.collectiveId()), "alert",
				"alert:" + alert.id() + ":step:" + step, "");
	}

	/**
	 * Tells each tier called so far by its own channels; someone in two tiers hears once
	 * per channel, because the outbox keeps one message per key.
	 */
	private void tellEveryoneToldSoFar(Alert alert, String kind, String keyPrefix, String extra) {
		List<Person> everyone = this.people.of(alert.collectiveId());
		Sealed sealing = sealing(alert.collectiveId());
		List<Tier> tiers = tiersOf(alert);
		for (Tier tier : tiers.subList(0, Math.min(alert.step(), tiers.size()))) {
			this.outbox.queue(this.messages.to(Recipients.of(tier.targets(), everyone), tier.channels(), alert, sealing,
					kind, keyPrefix, extra));
		}
	}

	private Alert open(Membership coordinator, UUID alertId) {
		Alert alert = find(coordinator.collective(), alertId);
		if (!alert.isOpen()) {
			throw new Invalid("alerts.closed", alert.code());
		}
		return alert;
	}

	private String newCode(UUID collective) {
		for (int digits = 4;; digits++) {
			for (int attempt = 0; attempt < 20; attempt++) {
				String code = String
					.valueOf((int) Math.pow(10, digits - 1) + RANDOM.nextInt((int) (9 * Math.pow(10, digits - 1))));
				if (!this.alerts.existsByCollectiveIdAndCodeAndStatus(collective, code, "open")) {
					return code;
				}
			}
		}
	}

	/** A closing note: may be empty, fits the close form's 300 characters. */
	private static String checkedNote(String note) {
		String stripped = note.strip();
		if (stripped.length() > MAX_NOTE) {
			throw new Invalid("alerts.too-long");
		}
		return stripped;
	}

	private static String checkedText(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			throw new Invalid("alerts.update-empty");
		}
		if (stripped.length() > Report.MAX_TEXT) {
			throw new Invalid("alerts.too-long");
		}
		return stripped;
	}

}
