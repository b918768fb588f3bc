package org.tejido;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On the embedded H2 database, when an operator asks for it, compacts its file when much
 * of it is not in use ({@link H2FileCompaction}): every {@code tejido.h2.upkeep-every}
 * (set to, say, {@code 1m} to turn it on), for at most {@code tejido.h2.upkeep-time} (2
 * s), as a durable db-scheduler job like Tejido's other upkeep.
 * <p>
 * Off by default: H2 reads the chunks it compacts into arrays as large as the chunks, and
 * with the serial collector those grow the heap to its maximum, about 100 MB more
 * resident memory for the rest of the run, which the small servers Tejido is for cannot
 * spare; see docs/operations.md, "The H2 file". On PostgreSQL there is no such job: its
 * autovacuum does this work.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(H2FileUpkeep.OnH2FileWhenAsked.class)
class H2FileUpkeep {

	static final String TASK = "h2-file-upkeep";

	private static final Logger log = LoggerFactory.getLogger(H2FileUpkeep.class);

	private static final long MB = 1024 * 1024;

	@Bean
	RecurringTask<Void> h2FileCompactionTask(DataSource dataSource, @Value("${tejido.h2.upkeep-every}") Duration every,
			@Value("${tejido.h2.upkeep-time}") Duration allowed) {
		return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> compact(dataSource, allowed));
	}

	private static void compact(DataSource dataSource, Duration allowed) {
		try (Connection connection = dataSource.getConnection()) {
			Optional<MVStore> store = H2FileCompaction.storeOf(connection);
			if (store.isEmpty()) {
				return;
			}
			FileStore<?> file = store.get().getFileStore();
			log.debug("Database file {} MB, {} % of it and {} % of its chunks in use", file.size() / MB,
					file.getFillRate(), file.getChunksFillRate());
			H2FileCompaction.Compacted compacted = H2FileCompaction.compact(store.get(), allowed);
			if (compacted.shrank()) {
				log.info("Compacted the database file from {} MB to {} MB in {} ms ({} steps)",
						compacted.bytesBefore() / MB, compacted.bytesAfter() / MB, compacted.took().toMillis(),
						compacted.steps());
			}
		}
		catch (SQLException | MVStoreException ex) {
			// the database closing as Tejido stops: the job's next run goes on
			log.warn("Could not compact the database file: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The datasource is an H2 file (Tejido's embedded default) and
	 * {@code tejido.h2.upkeep-every} is set.
	 */
	static class OnH2FileWhenAsked implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:")
					&& !context.getEnvironment().getProperty("tejido.h2.upkeep-every", "").isBlank();
		}

	}

}
