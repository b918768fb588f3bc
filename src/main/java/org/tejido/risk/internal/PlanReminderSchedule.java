package org.tejido.risk.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the plan's reminders as a durable recurring job ({@code risk-reminders}), every
 * {@code tejido.risk.reminder-check} (a minute by default): db-scheduler lets one node at
 * a time run it, and another take over if that node dies.
 */
@Configuration(proxyBeanMethods = false)
class PlanReminderSchedule {

	static final String TASK = "risk-reminders";

	@Bean
	RecurringTask<Void> riskReminders(PlanReminders reminders,
			@Value("${tejido.risk.reminder-check:PT1M}") Duration every) {
		return Tasks.recurring(TASK, FixedDelay.of(every))
			.execute((instance, context) -> reminders.check(Days.today()));
	}

}
