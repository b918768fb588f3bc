package org.tejido.support;

import java.nio.file.Path;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tejido as it runs in production: a real PostgreSQL server (the standard
 * {@code spring.datasource.*} settings), index and files in a fresh data directory.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class OnPostgres extends RandomPortTejido {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Path data = TempData.newDirectory();
		registry.add("tejido.data-dir", data::toString);
		Mailbox.connect(registry);
		Kannel.coalitionLine(registry);
		Postgres.newDatabase(registry);
	}

}
