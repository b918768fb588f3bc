package org.tejido.messaging.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the dispatcher as a durable recurring job: db-scheduler lets one node at a time
 * run it, and another take over if that node dies. It runs every second after the last
 * round ended, and at once when messages are queued ({@link DispatchWake}).
 */
@Configuration(proxyBeanMethods = false)
class DispatchSchedule {

	@Bean
	RecurringTask<Void> messagingDispatch(Dispatcher dispatcher, InboundDesk inbound, CoalitionInbox coalition) {
		return Tasks.recurring(DispatchWake.TASK, FixedDelay.ofSeconds(1)).execute((instance, context) -> {
			inbound.announceLeftOver();
			coalition.sweep();
			dispatcher.dispatch();
		});
	}

}
