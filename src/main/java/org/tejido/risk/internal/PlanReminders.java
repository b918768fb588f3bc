package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.Sealed;
import org.tejido.messaging.Outbox;

/**
 * Finds the measures falling due (see {@link ReminderRule}) and the assessments whose
 * review date has come, and queues their reminders: to each responsible person of a
 * measure, and to the coordinators who read an assessment due for review. Each measure or
 * assessment is handled in a transaction of its own, logged once per date and rule; every
 * message's key ({@code risk:measure:<id>:due:<date>:<rule>:member:<id>:<channel>}) makes
 * the outbox send it once even if two nodes or a restart queue it again.
 */
@Component
class PlanReminders {

	private static final Log log = LogFactory.getLog(PlanReminders.class);

	private static final List<String> OPEN = List.of(MeasureStatus.PLANNED.code(), MeasureStatus.IN_PROGRESS.code());

	private final Measures measures;

	private final AssessmentRows assessments;

	private final PlanReminderLog reminded;

	private final CollectiveKeys keys;

	private final CollectivePeople people;

	private final PlanMessages messages;

	private final Outbox outbox;

	private final CollectiveActivity activity;

	private final TransactionTemplate transactions;

	PlanReminders(Measures measures, AssessmentRows assessments, PlanReminderLog reminded, CollectiveKeys keys,
			CollectivePeople people, PlanMessages messages, Outbox outbox, CollectiveActivity activity,
			TransactionTemplate transactions) {
		this.measures = measures;
		this.assessments = assessments;
		this.reminded = reminded;
		this.keys = keys;
		this.people = people;
		this.messages = messages;
		this.outbox = outbox;
		this.activity = activity;
		this.transactions = transactions;
	}

	/**
	 * Queues the reminders due today; gives how many measures and assessments it
	 * reminded.
	 */
	int check(LocalDate today) {
		int count = 0;
		List<UUID> due = this.transactions
			.execute((status) -> this.measures.findByDueOnLessThanEqualAndStatusIn(ReminderRule.horizon(today), OPEN)
				.stream()
				.map(Measure::id)
				.toList());
		for (UUID measure : due) {
			count += once(() -> remindMeasure(measure, today));
		}
		for (PlanReminderLog.Due assessment : this.reminded.reviewsDue(today)) {
			count += once(() -> remindReview(assessment));
		}
		return count;
	}

	private int once(java.util.function.BooleanSupplier remind) {
		try {
			Boolean done = this.transactions.execute((status) -> remind.getAsBoolean());
			return Boolean.TRUE.equals(done) ? 1 : 0;
		}
		catch (RuntimeException ex) {
			log.warn("A plan reminder could not be queued; it is tried again at the next check: " + ex);
			return 0;
		}
	}

	private boolean remindMeasure(UUID id, LocalDate today) {
		Optional<Measure> found = this.measures.findById(id);
		if (found.isEmpty()) {
			return false;
		}
		Measure measure = found.get();
		Optional<ReminderRule> rule = ReminderRule.of(measure.dueOn(), measure.status(), today);
		LocalDate dueOn = measure.dueOn();
		if (rule.isEmpty() || dueOn == null || this.reminded.done(id, dueOn, rule.get().code())) {
			return false;
		}
		Sealed sealing = this.keys.sealed(measure.collectiveId());
		MeasureShape shape = measure.opened(sealing);
		String prefix = "risk:measure:" + id + ":due:" + dueOn + ":" + rule.get().code();
		for (UUID member : shape.responsible()) {
			this.people.find(measure.collectiveId(), member).ifPresent((person) -> {
				String sms = PlanSms.withTitle(
						(title) -> this.messages.t(person, "plans.sms." + rule.get().code(), title, dueOn.toString()),
						shape.title());
				this.outbox
					.queue(this.messages.to(person, measure.collectiveId(), prefix, sms, "/risk/my-measures", false));
			});
		}
		this.reminded.mark(measure.collectiveId(), id, dueOn, rule.get().code());
		this.activity.record(measure.collectiveId(), null, "risk.plan.reminded", id);
		return true;
	}

	private boolean remindReview(PlanReminderLog.Due due) {
		UUID id = due.id();
		Optional<Assessment> found = this.assessments.findByCollectiveIdAndId(due.collective(), id);
		if (found.isEmpty()) {
			return false;
		}
		Assessment assessment = found.get();
		Sealed sealing = this.keys.sealed(assessment.collectiveId());
		Settings settings = assessment.settings(sealing);
		LocalDate on = settings.nextReviewOn();
		if (on == null || this.reminded.done(id, on, "review")) {
			return false;
		}
		Set<UUID> readers = settings.readers();
		String prefix = "risk:assessment:" + id + ":review:" + on;
		for (Person person : this.people.of(assessment.collectiveId())) {
			if (person.role() == CollectiveRole.COORDINATOR && readers.contains(person.member())) {
				String sms = PlanSms.withTitle((ignored) -> this.messages.t(person, "plans.sms.review", on.toString()),
						"");
				this.outbox
					.queue(this.messages.to(person, assessment.collectiveId(), prefix, sms, "/risk/" + id, false));
			}
		}
		this.reminded.mark(assessment.collectiveId(), id, on, "review");
		this.activity.record(assessment.collectiveId(), null, "risk.plan.review-reminded", id);
		return true;
	}

}
