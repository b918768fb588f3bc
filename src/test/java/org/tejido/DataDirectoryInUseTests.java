package org.tejido;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import org.tejido.support.RestartedTejido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Tejido started on a data directory another running Tejido holds is told so in a few
 * lines, not a page of stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryInUseTests {

	@Test
	void aCommandRunOnARunningServersDataDirectorySaysItIsInUse(CapturedOutput output) {
		RestartedTejido server = RestartedTejido.on("H2");
		try (ConfigurableApplicationContext tejido = server.start()) {
			PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
			Commands commands = Commands.of(TejidoApplication.class, (variable) -> null, InputStream.nullInputStream(),
					discard, discard);
			assertThatThrownBy(() -> commands.run(new String[] { "collectives", "verify-log",
					"--tejido.data-dir=" + server.data(), "--tejido.library.load-seed-catalogue=false" }))
				.isInstanceOf(RuntimeException.class);
		}
		assertThat(output.getOut())
			.contains("APPLICATION FAILED TO START",
					"The data directory " + server.data() + " is in use by another Tejido", "--tejido.data-dir=")
			.doesNotContain("\tat org.");
	}

	@Test
	void theEmbeddedDatabaseAlreadyOpenInAnotherProcessIsTheSameCase() {
		MockEnvironment environment = new MockEnvironment().withProperty(DataDirectory.PROPERTY, "/srv/tejido");
		SQLException h2 = new SQLException("Database may be already in use", "90020",
				DataDirectoryInUse.H2_ALREADY_OPEN);
		var analysis = new DataDirectoryInUse(environment)
			.analyze(new BeanCreationException("flywayInitializer", "failed", new IllegalStateException(h2)));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("/srv/tejido is in use by another Tejido");
		assertThat(analysis.getCause()).isSameAs(h2);
	}

	@Test
	void otherFailuresAreLeftToTheirOwnReports() {
		DataDirectoryInUse analyzer = new DataDirectoryInUse(new MockEnvironment());
		assertThat(analyzer.analyze(new IllegalStateException("no key folder"))).isNull();
		assertThat(analyzer.analyze(new SQLException("wrong password", "28000", 28000))).isNull();
	}

}
