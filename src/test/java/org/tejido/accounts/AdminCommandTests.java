package org.tejido.accounts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tejido.Commands;
import org.tejido.TejidoApplication;
import org.tejido.support.TempData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar tejido.jar admin create …}, run as the server's operator runs it:
 * through the same dispatch as {@code main}.
 */
class AdminCommandTests {

	private final String dataDir = "--tejido.data-dir=" + TempData.newDirectory();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void createsAnAdministratorWithThePasswordFromTheEnvironmentOrStandardInput() {
		assertThat(run(Map.of(AdminCommand.PASSWORD_VARIABLE, "a quiet morning by the river"), "", "admin", "create",
				"--email", "Ana@Example.org", "--name", "Ana", this.dataDir))
			.isZero();
		assertThat(this.out.toString()).contains("ana@example.org");
		assertThat(run(Map.of(), "another long passphrase for beto\n", "admin", "create", "--email=beto@example.org",
				"--name=Beto", this.dataDir))
			.isZero();
		assertThat(run(Map.of(AdminCommand.PASSWORD_VARIABLE, "a quiet morning by the river"), "", "admin", "create",
				"--email", "ana@example.org", "--name", "Ana again", this.dataDir))
			.isEqualTo(65);
		assertThat(this.err.toString()).contains("already exists");
	}

	@Test
	void createsAnAdministratorWhenTheSettingsStandBeforeTheCommand() {
		assertThat(run(Map.of(AdminCommand.PASSWORD_VARIABLE, "a quiet morning by the river"), "", this.dataDir,
				"--logging.level.root=warn", "admin", "create", "--name", "Eva", "--email=eva@example.org"))
			.isZero();
		assertThat(this.out.toString()).contains("Created administrator eva@example.org");
		assertThat(run(Map.of(AdminCommand.PASSWORD_VARIABLE, "a quiet morning by the river"), "", this.dataDir,
				"admin", "create", "--email", "eva@example.org", "--name", "Eva"))
			.isEqualTo(65);
		assertThat(this.err.toString()).contains("already exists");
	}

	@Test
	void refusesWeakPasswordsAndSaysWhy() {
		assertThat(run(Map.of(AdminCommand.PASSWORD_VARIABLE, "password1234"), "", "admin", "create", "--email",
				"c@example.org", "--name", "C", this.dataDir))
			.isEqualTo(65);
		assertThat(this.err.toString()).contains("attackers try first");
	}

	@Test
	void explainsItsUseWhenCalledWrongly() {
		assertThat(run(Map.of(), "", "admin", "create", "--email", "d@example.org")).isEqualTo(64);
		assertThat(run(Map.of(), "", "admin", "create", "--email", "d@example.org", "--name", "D")).isEqualTo(64);
		assertThat(run(Map.of(), "", this.dataDir, "admin", "make", "--email", "d@example.org", "--name", "D"))
			.isEqualTo(64);
		assertThat(this.err.toString()).contains("Usage").contains(AdminCommand.PASSWORD_VARIABLE);
	}

	private int run(Map<String, String> environment, String stdin, String... args) {
		return Commands
			.of(TejidoApplication.class, environment::get,
					new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
					new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args)
			.orElseThrow();
	}

}
