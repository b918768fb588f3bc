package org.tejido;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import org.tejido.accounts.AdminCommand;
import org.tejido.collectives.CollectivesCommand;
import org.tejido.evidence.EvidenceCommand;
import org.tejido.library.LibraryCommand;
import org.tejido.network.NetworkCommand;

/**
 * What {@code java -jar tejido.jar …} does: the first word that is not an option
 * ({@code --name=value}) names a command, wherever the options stand; with no such word
 * the site is served. A word that names no command prints the usage and exits 64.
 * <p>
 * To add a command, add one {@link #command} line to {@link #of}: its word, its synopsis
 * and what runs it (with all the arguments, options included) to an exit status.
 */
public final class Commands {

	/** The exit status of a command called wrongly (sysexits' EX_USAGE). */
	public static final int USAGE = 64;

	/** The commands' options that may take their value as the next argument. */
	private static final Set<String> OPTIONS_WITH_A_VALUE = Set.of("--email", "--name", "--lang", "--out", "--since",
			"--nodes", "--edges");

	private final Map<String, Command> commands = new LinkedHashMap<>();

	private final PrintStream err;

	private Commands(PrintStream err) {
		this.err = err;
	}

	/**
	 * Tejido's commands, reading and writing the given streams and environment.
	 */
	public static Commands of(Class<?> application, Function<String, @Nullable String> environment, InputStream in,
			PrintStream out, PrintStream err) {
		return new Commands(err)
			.command("admin", "admin create --email EMAIL --name NAME",
					(args) -> new AdminCommand(environment, in, out, err).run(application, args))
			.command("collectives", "collectives verify-log | rotate-master-key",
					(args) -> new CollectivesCommand(out, err).run(application, args))
			.command("evidence", "evidence verify BUNDLE.zip", (args) -> new EvidenceCommand(out, err).run(args))
			.command("library", "library pack --lang LANGS --out FILE.zip [--since PACK.zip]",
					(args) -> new LibraryCommand(out, err).run(application, args))
			.command("network", "network indicators --nodes NODES.csv --edges EDGES.csv",
					(args) -> new NetworkCommand(out, err).run(args));
	}

	private Commands command(String word, String synopsis, ToIntFunction<String[]> run) {
		this.commands.put(word, new Command(synopsis, run));
		return this;
	}

	/**
	 * Runs the command the arguments name and returns its exit status; empty when they
	 * name none (only options, or nothing), meaning: serve the site.
	 */
	public OptionalInt run(String[] args) {
		String word = firstWord(args);
		if (word == null) {
			return OptionalInt.empty();
		}
		Command command = this.commands.get(word);
		if (command == null) {
			this.err.println("Unknown command: " + word);
			usage();
			return OptionalInt.of(USAGE);
		}
		return OptionalInt.of(command.run().applyAsInt(args));
	}

	private void usage() {
		this.err.println("Usage: java -jar tejido.jar [--name=value …]            serve the site");
		this.commands.values()
			.forEach((command) -> this.err
				.println("       java -jar tejido.jar [--name=value …] " + command.synopsis()));
		this.err.println("Settings (--tejido.data-dir=DIR, …) may stand before or after the command.");
	}

	/**
	 * The words of the command line that are neither options ({@code --…}) nor the values
	 * of the commands' options that take one ({@code --out FILE}), in order.
	 */
	public static List<String> words(String[] args) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (OPTIONS_WITH_A_VALUE.contains(args[i])) {
				i++;
			}
			else if (!args[i].startsWith("--")) {
				words.add(args[i]);
			}
		}
		return words;
	}

	private static @Nullable String firstWord(String[] args) {
		List<String> words = words(args);
		return words.isEmpty() ? null : words.get(0);
	}

	private record Command(String synopsis, ToIntFunction<String[]> run) {
	}

}
