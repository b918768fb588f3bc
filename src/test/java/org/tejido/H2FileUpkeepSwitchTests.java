package org.tejido;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 file's upkeep exists only on an H2 file database, and only when an operator sets
 * how often it runs.
 */
class H2FileUpkeepSwitchTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer((tejido) -> tejido.getBeanFactory().setConversionService(new ApplicationConversionService()))
		.withUserConfiguration(H2FileUpkeep.class)
		.withBean(DataSource.class, JdbcDataSource::new)
		.withPropertyValues("tejido.h2.upkeep-time=2s");

	@Test
	void anH2FileDatabaseIsCompactedWhenTheOperatorSetsHowOften() {
		this.context
			.withPropertyValues("spring.datasource.url=jdbc:h2:file:./data/db/tejido", "tejido.h2.upkeep-every=1m")
			.run((tejido) -> assertThat(tejido).hasSingleBean(RecurringTask.class));
	}

	@Test
	void anH2FileDatabaseIsLeftAsH2KeepsItByDefault() {
		this.context
			.withPropertyValues("spring.datasource.url=jdbc:h2:file:./data/db/tejido", "tejido.h2.upkeep-every=")
			.run((tejido) -> assertThat(tejido).doesNotHaveBean(RecurringTask.class));
	}

	@Test
	void postgresqlIsNeverCompactedByTejido() {
		this.context
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost/tejido", "tejido.h2.upkeep-every=1m")
			.run((tejido) -> assertThat(tejido).doesNotHaveBean(RecurringTask.class));
	}

}
