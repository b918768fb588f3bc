package org.tejido;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar tejido.jar …}: which command runs, as {@code main} decides it.
 */
class CommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void anUnknownCommandPrintsTheUsageAndExitsSixtyFour() {
		assertThat(run("frobnicate")).hasValue(64);
		assertThat(run("--tejido.data-dir=/tmp/nowhere", "frobnicate", "--server.port=8080")).hasValue(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Unknown command: frobnicate",
				"Usage: java -jar tejido.jar", "admin create --email EMAIL --name NAME",
				"collectives verify-log | rotate-master-key", "evidence verify BUNDLE.zip");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void onlySettingsOrNothingServeTheSite() {
		assertThat(run("--server.port=8080", "--tejido.data-dir=/tmp/nowhere")).isEmpty();
		assertThat(run()).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void theCommandIsTheFirstWordWhereverTheSettingsStand() {
		assertThat(run("--tejido.data-dir=/tmp/nowhere", "evidence")).hasValue(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar tejido.jar evidence verify")
			.doesNotContain("Unknown command");
	}

	@Test
	void theValuesOfTheCommandsOptionsAreNotTakenForCommands() {
		assertThat(Commands.words(new String[] { "--out", "library", "library", "pack", "--lang", "es" }))
			.containsExactly("library", "pack");
		assertThat(Commands.words(new String[] { "--nodes", "n.csv", "--tejido.data-dir=/d", "network", "indicators" }))
			.containsExactly("network", "indicators");
		assertThat(Commands.words(new String[] { "--email", "ana@example.org", "admin", "create" }))
			.containsExactly("admin", "create");
	}

	@Test
	void theLibraryAndNetworkCommandsAreFoundWithTheirOptionsFirst() {
		assertThat(run("--lang", "es", "--out", "library", "library", "unpack")).hasValue(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("library pack --lang")
			.doesNotContain("Unknown command");
		assertThat(run("--nodes", "missing.csv", "network")).hasValue(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).doesNotContain("Unknown command");
	}

	private OptionalInt run(String... args) {
		return Commands
			.of(TejidoApplication.class, (name) -> null, new ByteArrayInputStream(new byte[0]),
					new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args);
	}

}
