package org.tejido.warning.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.tejido.messaging.Outbox;
import org.tejido.messaging.Outgoing;
import org.tejido.site.AfterCommit;

/**
 * A large tier is told in waves, so that its first messages leave while the rest are
 * still being written: the first wave is queued in the transaction that calls the tier,
 * together with a durable job for the rest. That job starts as soon as the transaction
 * commits and queues the rest one wave per transaction, each sent while the next is
 * written. Jobs live in the database ({@code scheduled_tasks}): if the node stops
 * half-way, the job runs again after a restart (or on another node) and queues only the
 * messages whose keys are not yet in the outbox.
 */
@Component
class TierWaves {

	static final String TASK = "alert-tier-rest";

	/** Messages per transaction after the first wave. */
	static final int WAVE = 500;

	private static final Log log = LogFactory.getLog(TierWaves.class);

	private final Outbox outbox;

	private final SchedulerClient scheduler;

	private final ObjectProvider<Scheduler> local;

	private final OneTimeTask<String> rest;

	private final int firstWave;

	TierWaves(Outbox outbox, SchedulerClient scheduler, ObjectProvider<Scheduler> local,
			@Qualifier("alertTierRest") OneTimeTask<String> rest,
			@Value("${tejido.warning.first-wave:100}") int firstWave) {
		if (firstWave < 1) {
			throw new IllegalArgumentException("tejido.warning.first-wave must be at least 1");
		}
		this.outbox = outbox;
		this.scheduler = scheduler;
		this.local = local;
		this.rest = rest;
		this.firstWave = firstWave;
	}

	/**
	 * Queues the first wave of a tier's messages in the current transaction and, if there
	 * are more, schedules the job for the rest there too.
	 */
	void tell(Alert alert, int step, List<Outgoing> messages) {
		this.outbox.queue(messages.subList(0, Math.min(this.firstWave, messages.size())));
		if (messages.size() > this.firstWave) {
			String data = alert.collectiveId() + ":" + alert.id() + ":" + step;
			this.scheduler.scheduleIfNotExists(this.rest.instance(alert.id() + ":" + step, data), Instant.now());
			AfterCommit.run(this::startNow);
		}
	}

	/**
	 * All the messages, a wave at a time (the job queues them all: keys already queued
	 * are skipped).
	 */
	static List<List<Outgoing>> waves(List<Outgoing> messages) {
		List<List<Outgoing>> waves = new ArrayList<>();
		for (int from = 0; from < messages.size(); from += WAVE) {
			waves.add(messages.subList(from, Math.min(from + WAVE, messages.size())));
		}
		return waves;
	}

	/** Has this node's scheduler look for due jobs now rather than at its next round. */
	private void startNow() {
		Scheduler scheduler = this.local.getIfAvailable();
		if (scheduler == null) {
			return;
		}
		try {
			scheduler.triggerCheckForDueExecutions();
		}
		catch (RuntimeException ex) {
			log.debug("Could not start the rest of a tier at once; it starts at the scheduler's next round", ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		OneTimeTask<String> alertTierRest(@Lazy AlertDesk desk, Outbox outbox) {
			return Tasks.oneTime(TASK, String.class)
				.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(10)))
				.execute((instance, context) -> {
					String[] parts = instance.getData().split(":");
					List<Outgoing> messages = desk.messagesOfTier(UUID.fromString(parts[0]), UUID.fromString(parts[1]),
							Integer.parseInt(parts[2]));
					waves(messages).forEach(outbox::queue);
				});
		}

	}

}
