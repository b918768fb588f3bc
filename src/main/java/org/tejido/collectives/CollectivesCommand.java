package org.tejido.collectives;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.collectives.internal.ActivityLog;
import org.tejido.collectives.internal.ChainCheck;

/**
 * Server-side commands for collectives, run with Tejido stopped (settings such as
 * {@code --tejido.data-dir=…} may stand before or after the command):
 * <ul>
 * <li>{@code java -jar tejido.jar collectives verify-log} checks every collective's
 * activity log chain and exits 0 when all are intact, 1 when one was altered;</li>
 * <li>{@code java -jar tejido.jar collectives rotate-master-key} wraps every collective's
 * keys under a new master key, then removes the old one from the key folder.</li>
 * </ul>
 */
public final class CollectivesCommand {

	private static final String USAGE = "Usage: java -jar tejido.jar collectives verify-log | rotate-master-key";

	private final PrintStream out;

	private final PrintStream err;

	public CollectivesCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command in an application without a web server; returns the exit status.
	 */
	public int run(Class<?> application, String[] args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		String command = (words.size() == 2) ? words.get(1) : "";
		if (!command.equals("verify-log") && !command.equals("rotate-master-key")) {
			this.err.println(USAGE);
			return 64;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("tejido.library.load-seed-catalogue=false", "logging.level.root=warn")
			.run(springArguments(args))) {
			return command.equals("verify-log") ? verify(context.getBean(ActivityLog.class))
					: rotate(context.getBean(CollectiveKeys.class));
		}
	}

	private int verify(ActivityLog log) {
		Map<UUID, ChainCheck> checks = log.verifyAll();
		checks.forEach((collective, check) -> this.out
			.println(collective + " " + (check.intact() ? "intact, " + check.entries() + " entries"
					: "ALTERED at entry " + check.brokenAt() + " of " + check.entries())));
		long altered = checks.values().stream().filter((check) -> !check.intact()).count();
		this.out.println(checks.size() + " collectives, " + altered + " with an altered log");
		return (altered == 0) ? 0 : 1;
	}

	private int rotate(CollectiveKeys keys) {
		int rewrapped = keys.rewrapUnderNewMasterKey();
		int retired = keys.retireOldMasterKeys();
		this.out.println("Re-wrapped the keys of " + rewrapped + " collectives under a new master key; removed "
				+ retired + " old master key(s). Back up the key folder again now.");
		return 0;
	}

	private static String[] springArguments(String[] args) {
		return Arrays.stream(args).filter((arg) -> arg.startsWith("--") && arg.contains("=")).toArray(String[]::new);
	}

}
