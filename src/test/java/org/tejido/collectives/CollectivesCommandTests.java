package org.tejido.collectives;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.Commands;
import org.tejido.TejidoApplication;
import org.tejido.accounts.Person;
import org.tejido.collectives.internal.CollectiveDetails;
import org.tejido.collectives.internal.CollectiveDirectory;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar tejido.jar collectives …}, run as the server's operator runs it, on a
 * data directory of its own.
 */
class CollectivesCommandTests {

	private final Path dataDir = TempData.newDirectory();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void verifyingTheLogsSaysWhetherEachChainIsIntactAndFailsWhenOneWasAltered() throws Exception {
		UUID collective = withTejido((context) -> found(context, "Cerro Azul"));
		withTejido((context) -> found(context, "Bajo Mira"));
		assertThat(run("collectives", "verify-log")).isZero();
		assertThat(this.out.toString()).contains(collective + " intact, 1 entries", "2 collectives, 0 with");

		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir + "/db/tejido", "tejido", "")) {
			db.createStatement()
				.executeUpdate("update collective_activity set at = at + interval '1' second where collective_id = '"
						+ collective + "'");
		}
		this.out.reset();
		assertThat(run("collectives", "verify-log")).isEqualTo(1);
		assertThat(this.out.toString()).contains(collective + " ALTERED at entry 1 of 1", "1 with an altered log");
	}

	@Test
	void rotatingTheMasterKeyReplacesItAndEveryCollectiveStaysReadable() throws Exception {
		UUID collective = withTejido((context) -> found(context, "Laguna Seca"));
		Path keyFile = this.dataDir.resolve("keys/master-aead.json");
		String before = Files.readString(keyFile);
		assertThat(run("collectives", "rotate-master-key")).isZero();
		assertThat(this.out.toString()).contains("keys of 1 collectives", "removed 1 old master key");
		String after = Files.readString(keyFile);
		assertThat(after).isNotEqualTo(before);
		assertThat(keyIds(after)).hasSize(1).doesNotContainAnyElementsOf(keyIds(before));
		String name = withTejido((context) -> context.getBean(CollectiveDirectory.class).details(collective).name());
		assertThat(name).isEqualTo("Laguna Seca");
	}

	@Test
	void runsWhenTheSettingsStandBeforeTheCommand() {
		UUID collective = withTejido((context) -> found(context, "Río Claro"));
		assertThat(runAsGiven("--tejido.data-dir=" + this.dataDir, "--logging.level.root=warn", "collectives",
				"verify-log"))
			.isZero();
		assertThat(this.out.toString()).contains(collective + " intact, 1 entries", "1 collectives, 0 with");
	}

	@Test
	void explainsItsUseWhenCalledWrongly() {
		assertThat(run("collectives")).isEqualTo(64);
		assertThat(run("collectives", "delete-everything")).isEqualTo(64);
		assertThat(runAsGiven("--tejido.data-dir=" + this.dataDir, "collectives", "verify-log", "now")).isEqualTo(64);
		assertThat(this.err.toString()).contains("Usage", "verify-log", "rotate-master-key");
	}

	private static UUID found(ConfigurableApplicationContext context, String name) {
		return context.getBean(CollectiveDirectory.class)
			.found(new Person(UUID.randomUUID(), "founder@example.org", "Founder", true),
					CollectiveDetails.of(name, "", "", "", ""), "Founder");
	}

	private <T> T withTejido(Function<ConfigurableApplicationContext, T> work) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TejidoApplication.class)
			.web(WebApplicationType.NONE)
			.properties("tejido.library.load-seed-catalogue=false", "logging.level.root=warn")
			.run("--tejido.data-dir=" + this.dataDir)) {
			return work.apply(context);
		}
	}

	private int run(String... args) {
		String[] withData = java.util.Arrays.copyOf(args, args.length + 1);
		withData[args.length] = "--tejido.data-dir=" + this.dataDir;
		return runAsGiven(withData);
	}

	/** Through the same dispatch as {@code main}. */
	private int runAsGiven(String... args) {
		return Commands
			.of(TejidoApplication.class, (name) -> null, new ByteArrayInputStream(new byte[0]),
					new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args)
			.orElseThrow();
	}

	private static java.util.List<String> keyIds(String keysetJson) {
		return java.util.regex.Pattern.compile("\"keyId\":\\s*(\\d+)")
			.matcher(keysetJson)
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

}
