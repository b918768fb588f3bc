package org.tejido.support;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tejido as it runs with embedded defaults: an H2 file database, the Lucene index and the
 * stored files in a fresh data directory.
 */
public abstract class OnH2 extends RandomPortTejido {

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		Path data = TempData.newDirectory();
		registry.add("tejido.data-dir", data::toString);
		Mailbox.connect(registry);
		Kannel.coalitionLine(registry);
	}

}
