package org.tejido.support;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.tejido.accounts.internal.AccountRegistry;

/**
 * Tejido served on a random port, with an SMTP server to send to, limits that a test
 * suite from one address does not exhaust (the per-account sign-in limit stays as it is),
 * a one-second minimum time to fill a form, and messaging that retries and recovers
 * within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tejido.library.import-token=" + RunningTejido.IMPORT_TOKEN, "tejido.library.max-file-size=2MB",
				"tejido.library.sms.attach-up-to=8KB", "tejido.library.min-fill-time=1s",
				"tejido.accounts.sign-in-attempts-per-client=10000", "tejido.site.form-posts-per-client-per-hour=10000",
				"tejido.contact.forward-to=" + org.tejido.contact.ContactContract.COALITION,
				"tejido.messaging.inbound-secret=" + RunningTejido.INBOUND_SECRET, "tejido.messaging.first-retry=1s",
				"tejido.messaging.longest-retry=2s", "tejido.messaging.max-attempts=30",
				"tejido.messaging.sending-grace=8s", "db-scheduler.polling-interval=500ms",
				"tejido.risk.reminder-check=2s" })
// OPDS pages of seven entries, so that the library's feed runs to many pages; tiers of
// more than two messages told in waves, so that the warning tests go through the job
// that queues the rest of a tier.
@org.springframework.test.context.TestPropertySource(
		properties = { "tejido.library.opds-page-size=7", "tejido.warning.first-wave=2" })
public abstract class RandomPortTejido implements RunningTejido {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountRegistry registry;

	@Value("${tejido.data-dir}")
	private Path dataDirectory;

	@Autowired
	private org.tejido.collectives.CollectiveKeys collectiveKeys;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

	@Autowired
	private org.tejido.collectives.CollectiveContacts collectiveContacts;

	@Autowired
	private org.springframework.context.ConfigurableApplicationContext applicationContext;

	public org.springframework.context.ConfigurableApplicationContext context() {
		return this.applicationContext;
	}

	public int port() {
		return this.port;
	}

	public org.tejido.collectives.CollectiveContacts contacts() {
		return this.collectiveContacts;
	}

	public org.tejido.collectives.CollectiveKeys keys() {
		return this.collectiveKeys;
	}

	public org.springframework.jdbc.core.simple.JdbcClient jdbc() {
		return this.jdbcClient;
	}

	@Override
	public Http http() {
		return new Http(this.port);
	}

	@Override
	public Path dataDir() {
		return this.dataDirectory;
	}

	public AccountRegistry registry() {
		return this.registry;
	}

}
