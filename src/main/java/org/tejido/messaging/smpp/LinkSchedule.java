package org.tejido.messaging.smpp;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.tejido.messaging.internal.Channels;
import org.tejido.messaging.internal.Gateway;

/**
 * Keeps the collectives' SMPP sessions bound, so that SMS from phones and delivery
 * receipts come in even while nothing is sent, as a durable recurring job (one node at a
 * time).
 */
@Configuration(proxyBeanMethods = false)
class LinkSchedule {

	@Bean
	RecurringTask<Void> smppLinks(Links links, Channels channels) {
		return Tasks.recurring("messaging-smpp-links", FixedDelay.ofSeconds(5))
			.execute((instance, context) -> links.tend(channels.gateways(Gateway.Kind.SMPP)));
	}

}
