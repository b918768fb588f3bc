package org.tejido.risk.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.messaging.Outbox;

/**
 * The one-SMS summary each responsible person gets of their own open measures in a plan:
 * short titles and due dates, nothing of the threats they answer (the phone may be read
 * over a shoulder at a checkpoint). Shown on the printable plan; sent on a coordinator's
 * demand by SMS (and to the inbox), at most once a day per person and plan.
 */
@Service
public class PlanSummaries {

	private final Plans plans;

	private final PlanDesk desk;

	private final PlanMessages messages;

	private final Outbox outbox;

	private final CollectiveActivity activity;

	PlanSummaries(Plans plans, PlanDesk desk, PlanMessages messages, Outbox outbox, CollectiveActivity activity) {
		this.plans = plans;
		this.desk = desk;
		this.messages = messages;
		this.outbox = outbox;
		this.activity = activity;
	}

	/** Each responsible person's summary, in their own language. */
	public Map<Person, String> of(PlanView plan) {
		Map<Person, String> summaries = new java.util.LinkedHashMap<>();
		plan.openByPerson().forEach((person, own) -> summaries.put(person, text(person, own)));
		return summaries;
	}

	/**
	 * Queues each responsible person's summary; gives to how many people something new
	 * was queued (none for those who already got today's).
	 */
	@Transactional
	public int send(Membership coordinator, UUID assessment) {
		this.desk.editable(coordinator, assessment);
		PlanView plan = this.plans.plan(coordinator, assessment);
		String prefix = "risk:plan:" + assessment + ":summary:" + Days.today();
		int people = 0;
		for (Map.Entry<Person, String> summary : of(plan).entrySet()) {
			if (this.outbox.queue(this.messages.to(summary.getKey(), coordinator.collective(), prefix,
					summary.getValue(), "/risk/my-measures", true)) > 0) {
				people++;
			}
		}
		this.activity.record(coordinator.collective(), coordinator.member(), "risk.plan.summaries-sent", assessment);
		return people;
	}

	String text(Person person, List<MeasureShape> own) {
		List<PlanSms.Item> items = own.stream()
			.sorted(Comparator.comparing(MeasureShape::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.map((measure) -> new PlanSms.Item(measure.title(), measure.dueOn()))
			.toList();
		return PlanSms.listing((list) -> this.messages.t(person, "plans.sms.summary", list), items);
	}

}
