package org.tejido.support;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.tejido.accounts.internal.AccountRegistry;

/**
 * Tejido as it runs with embedded defaults: an H2 file database, the Lucene index and the
 * stored files in a fresh data directory, served on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tejido.library.import-token=" + RunningTejido.IMPORT_TOKEN, "tejido.library.max-file-size=2MB",
				"tejido.library.min-fill-time=1s", "tejido.accounts.sign-in-attempts-per-client=10000",
				"tejido.site.form-posts-per-client-per-hour=10000",
				"tejido.contact.forward-to=" + org.tejido.contact.ContactContract.COALITION })
public abstract class OnH2 implements RunningTejido {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountRegistry registry;

	@org.springframework.beans.factory.annotation.Value("${tejido.data-dir}")
	private Path dataDirectory;

	@Override
	public Path dataDir() {
		return this.dataDirectory;
	}

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		Path data = TempData.newDirectory();
		registry.add("tejido.data-dir", data::toString);
		Mailbox.connect(registry);
	}

	@Override
	public Http http() {
		return new Http(this.port);
	}

	public AccountRegistry registry() {
		return this.registry;
	}

}
