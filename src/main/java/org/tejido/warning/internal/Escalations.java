package org.tejido.warning.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The durable deadlines of alerts: when a tier's wait is over, the job checks whether
 * anyone acknowledged and, if not, calls the next tier. Jobs live in the database
 * ({@code scheduled_tasks}), are scheduled in the same transaction as the tier they
 * follow, and run after a restart if their time passed meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class Escalations {

	static final String TASK = "alert-escalation";

	@Bean
	OneTimeTask<String> alertEscalation(@Lazy AlertDesk desk) {
		return Tasks.oneTime(TASK, String.class).execute((instance, context) -> {
			String[] parts = instance.getData().split(":");
			desk.deadlinePassed(UUID.fromString(parts[0]), UUID.fromString(parts[1]), Integer.parseInt(parts[2]));
		});
	}

	/** Schedules the deadline of a tier, once however often it is asked. */
	static void schedule(SchedulerClient scheduler, OneTimeTask<String> task, Alert alert, int step, Duration wait) {
		String id = alert.collectiveId() + ":" + alert.id() + ":" + step;
		scheduler.scheduleIfNotExists(task.instance(alert.id() + ":" + step, id), Instant.now().plus(wait));
	}

}
