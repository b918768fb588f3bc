package org.tejido.library.search;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the rows of the change log older than {@code tejido.search.change-retention} (a
 * week), once an hour, on one node at a time (a durable db-scheduler job). A node stopped
 * for longer than half of that rebuilds its index when it starts again.
 */
@Configuration(proxyBeanMethods = false)
class NodeChangeCleanup {

	@Bean
	RecurringTask<Void> searchChangeCleanup(JdbcClient jdbc,
			@Value("${tejido.search.change-retention:7d}") Duration retention) {
		Clock clock = Clock.systemUTC();
		return Tasks.recurring("node-change-cleanup", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> jdbc.sql("delete from node_change where changed_at < ?")
				.param(java.sql.Timestamp.from(clock.instant().minus(retention)))
				.update());
	}

}
