package org.tejido.risk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which reminders were queued already: a measure (or an assessment) by date and rule.
 */
@Component
class PlanReminderLog {

	private final JdbcClient jdbc;

	PlanReminderLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean done(UUID subject, LocalDate on, String rule) {
		return this.jdbc
			.sql("select count(*) from risk_plan_reminder where subject_id = ? and on_date = ? and rule = ?")
			.params(subject, on, rule)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The assessments whose review date has come and whose coordinators were not reminded
	 * of it.
	 */
	List<Due> reviewsDue(LocalDate today) {
		return this.jdbc.sql("""
				select a.id, a.collective_id from risk_assessment a where a.next_review_on <= ?
				and not exists (select 1 from risk_plan_reminder r where r.subject_id = a.id
				and r.on_date = a.next_review_on and r.rule = 'review')""")
			.param(today)
			.query((row, number) -> new Due(row.getObject(1, UUID.class), row.getObject(2, UUID.class)))
			.list();
	}

	/** An assessment of a collective. */
	record Due(UUID id, UUID collective) {
	}

	void mark(UUID collective, UUID subject, LocalDate on, String rule) {
		this.jdbc.sql(
				"insert into risk_plan_reminder (collective_id, subject_id, on_date, rule, queued_at) values (?, ?, ?, ?, ?)")
			.params(collective, subject, on, rule, Timestamp.from(Instant.now()))
			.update();
	}

}
