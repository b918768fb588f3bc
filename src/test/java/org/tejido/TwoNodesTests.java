package org.tejido;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import org.tejido.accounts.Role;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.messaging.Channel;
import org.tejido.messaging.Outbox;
import org.tejido.messaging.Outgoing;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.Curators;
import org.tejido.support.Http;
import org.tejido.support.Mailbox;
import org.tejido.support.Postgres;
import org.tejido.support.RunningTejido;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tejido nodes on one PostgreSQL database, as a coalition runs them behind a reverse
 * proxy: each with its own data directory (search index), both with the same folders for
 * files and keys. Whatever a person does through one node, the other serves.
 */
class TwoNodesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Which node ran each probe job, as many times as it ran. */
	static final Map<String, List<String>> probeRuns = new ConcurrentHashMap<>();

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoNodes() {
		String database = Postgres.newDatabaseUrl();
		Path shared = TempData.newDirectory();
		a = node("a", database, shared);
		b = node("b", database, shared);
	}

	@AfterAll
	static void stopThem() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	private static ConfigurableApplicationContext node(String name, String database, Path shared) {
		Map<String, String> settings = Map.ofEntries(Map.entry("server.port", "0"), Map.entry("tejido.node-name", name),
				Map.entry("tejido.data-dir", TempData.newDirectory().toString()),
				Map.entry("tejido.library.files-dir", shared.resolve("files").toString()),
				Map.entry("tejido.collectives.files-dir", shared.resolve("collectives").toString()),
				Map.entry("tejido.collectives.key-dir", shared.resolve("keys").toString()),
				Map.entry("spring.datasource.url", database), Map.entry("spring.datasource.username", Postgres.USER),
				Map.entry("spring.datasource.password", ""), Map.entry("spring.mail.host", "127.0.0.1"),
				Map.entry("spring.mail.port", String.valueOf(Mailbox.port())),
				Map.entry("tejido.library.import-token", RunningTejido.IMPORT_TOKEN),
				Map.entry("tejido.library.min-fill-time", "1s"),
				Map.entry("tejido.accounts.sign-in-attempts-per-client", "10000"),
				Map.entry("tejido.site.form-posts-per-client-per-hour", "10000"),
				Map.entry("tejido.messaging.first-retry", "1s"), Map.entry("tejido.messaging.longest-retry", "2s"),
				Map.entry("db-scheduler.polling-interval", "500ms"),
				Map.entry("tejido.search.follow-interval", "500ms"), Map.entry("logging.level.root", "warn"));
		// as command-line arguments, which come before application.properties
		return new SpringApplicationBuilder(TejidoApplication.class, Probe.class).run(settings.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new));
	}

	private static Http http(ConfigurableApplicationContext node) {
		return new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
	}

	@Test
	void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
		String email = Curators.unique("curator");
		a.getBean(AccountRegistry.class).open(email, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser onA = new Browser(http(a));
		Curators.signInAndEnrol(onA, "en", email);
		assertThat(onA.get("/en/curate/catalogue").statusCode()).isEqualTo(200);

		Browser onB = onA.on(http(b));
		HttpResponse<String> tools = onB.get("/en/curate/catalogue");
		assertThat(tools.statusCode()).isEqualTo(200);
		// the form token of the shared session is accepted by the other node too
		onB.get("/en/curate/vocabularies");
		String code = "node-test-" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		assertThat(onB
			.submit("/en/curate/vocabularies/area/terms", "code", code, "grouping", "cross-cutting", "label_en",
					"Shared sessions", "label_es", "Sesiones compartidas", "label_fr", "Sessions partagées", "label_pt",
					"Sessões partilhadas", "label_id", "Sesi bersama")
			.statusCode()).isEqualTo(302);
		// and the new term reaches the node that did not add it
		within(Duration.ofSeconds(10),
				() -> http(a).get("/es/library/suggest").body().contains("Sesiones compartidas"));
	}

	@Test
	void aResourcePublishedOnOneNodeIsFoundOnTheOtherWithinSeconds() throws Exception {
		String word = "zorblat" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		String title = "Guide " + word;
		String slug = org.tejido.site.Slugs.of(title);
		HttpResponse<String> imported = http(a).post("/api/v1/catalogue/import",
				("title,url,type_code,area_codes,language_codes,summary\n" + title
						+ ",https://example.org/n,guides-manuals,early-warning,en,A summary\n")
					.getBytes(StandardCharsets.UTF_8),
				"Authorization", "Bearer " + RunningTejido.IMPORT_TOKEN, "Content-Type", "text/csv");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(hits(a, word)).isEqualTo(1);
		Instant published = Instant.now();
		within(Duration.ofSeconds(10), () -> hits(b, word) == 1);
		Duration lag = Duration.between(published, Instant.now());

		String email = Curators.unique("curator");
		a.getBean(AccountRegistry.class).open(email, "Curator", Curators.PASSWORD, Role.CURATOR);
		Browser curator = new Browser(http(a));
		Curators.signInAndEnrol(curator, "en", email);
		String renamed = "quillet" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		curator.get("/en/curate/resources/" + slug);
		HttpResponse<String> saved = curator.submit("/en/curate/resources/" + slug, "title", "Guide " + renamed, "url",
				"https://example.org/n", "type_code", "guides-manuals", "area_codes", "early-warning", "language_codes",
				"en", "summary", "A summary", "summary_language", "en", "original_language", "en");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		within(Duration.ofSeconds(10), () -> hits(b, renamed) == 1 && hits(b, word) == 0);
		assertThat(lag).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aChangeWhoseTransactionCommitsAfterALaterOneStillReachesTheOtherNode() throws Exception {
		javax.sql.DataSource database = a.getBean(javax.sql.DataSource.class);
		List<UUID> two = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select id from resource order by slug limit 2")
			.query(UUID.class)
			.list();
		String slow = "slowword" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		String quick = "quickword" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		try (java.sql.Connection open = database.getConnection()) {
			open.setAutoCommit(false);
			retitle(open, two.get(0), slow);
			try (java.sql.Connection other = database.getConnection()) {
				retitle(other, two.get(1), quick);
			}
			// the later change is followed while the earlier one's number is still a gap
			within(Duration.ofSeconds(10), () -> hits(b, quick) == 1);
			assertThat(hits(b, slow)).isZero();
			open.commit();
		}
		within(Duration.ofSeconds(10), () -> hits(b, slow) == 1);
	}

	private static void retitle(java.sql.Connection connection, UUID resource, String word) throws Exception {
		try (var update = connection.prepareStatement("update resource set title = ? where id = ?");
				var change = connection
					.prepareStatement("insert into node_change (kind, subject, origin) values ('resource', ?, ?)")) {
			update.setString(1, "Guide " + word);
			update.setObject(2, resource);
			update.executeUpdate();
			change.setObject(1, resource);
			change.setObject(2, UUID.randomUUID());
			change.executeUpdate();
		}
	}

	@Test
	void aFileStoredThroughOneNodeDownloadsFromTheOther() throws Exception {
		Browser coordinator = Collectives.coordinator(http(a), a.getBean(AccountRegistry.class));
		String home = Collectives.found(coordinator, "Two nodes collective");
		String page = coordinator.get(home + "/documents").body();
		Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"").matcher(page);
		assertThat(action.find()).isTrue();
		HttpResponse<String> stored = coordinator.submitMultipart(action.group(1).replace("&amp;", "&"), List.of(),
				"ruta.txt", "the river path, kept encrypted".getBytes(StandardCharsets.UTF_8));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
		Matcher link = Pattern.compile("href=\"(" + Pattern.quote(home) + "/documents/[0-9a-f-]{36})\">ruta.txt<")
			.matcher(coordinator.get(home + "/documents").body());
		assertThat(link.find()).isTrue();

		HttpResponse<byte[]> onB = coordinator.on(http(b)).getBytes(link.group(1));
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(new String(onB.body(), StandardCharsets.UTF_8)).isEqualTo("the river path, kept encrypted");
	}

	@Test
	void aMessageQueuedOnOneNodeIsSentOnceWhileBothRun() throws Exception {
		Browser coordinator = Collectives.coordinator(http(a), a.getBean(AccountRegistry.class));
		UUID collective = UUID.fromString(Collectives.found(coordinator, "Outbox collective").substring(6));
		List<Outgoing> messages = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String address = "node-" + i + "-" + System.nanoTime() + "@example.org";
			addresses.add(address);
			messages.add(new Outgoing("two-nodes:" + address, collective, null, Channel.EMAIL, address, "Once",
					"Sent once whichever node sends it"));
		}
		a.getBean(Outbox.class).queue(messages);
		b.getBean(Outbox.class).queue(messages);
		within(Duration.ofSeconds(20), () -> addresses.stream().allMatch((address) -> Mailbox.countFor(address) > 0));
		Thread.sleep(3000);
		assertThat(addresses).allSatisfy((address) -> assertThat(Mailbox.countFor(address)).isEqualTo(1));
	}

	@Test
	void aDurableJobRunsOnceWhileBothNodesPoll() throws Exception {
		@SuppressWarnings("unchecked")
		OneTimeTask<Void> probe = a.getBean("twoNodesProbe", OneTimeTask.class);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String id = "probe-" + i + "-" + System.nanoTime();
			ids.add(id);
			(i % 2 == 0 ? a : b).getBean(SchedulerClient.class).scheduleIfNotExists(probe.instance(id), Instant.now());
		}
		within(Duration.ofSeconds(20), () -> ids.stream().allMatch(probeRuns::containsKey));
		Thread.sleep(2000);
		assertThat(ids).allSatisfy((id) -> assertThat(probeRuns.get(id)).hasSize(1));
	}

	private static int hits(ConfigurableApplicationContext node, String word) {
		String body = http(node).get("/api/v1/resources?lang=en&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
			.body();
		return JSON.readTree(body).get("total").asInt();
	}

	private static void within(Duration limit, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(limit);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("still not so after " + limit).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	/** A one-time job that notes which node ran it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Probe {

		@Bean
		OneTimeTask<Void> twoNodesProbe(@Value("${tejido.node-name}") String node) {
			return Tasks.oneTime("two-nodes-probe").execute((instance, context) -> {
				probeRuns.computeIfAbsent(instance.getId(), (id) -> new CopyOnWriteArrayList<>()).add(node);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}

	}

}
