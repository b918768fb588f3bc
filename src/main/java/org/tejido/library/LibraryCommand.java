package org.tejido.library;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.library.packs.LibraryPacks;
import org.tejido.library.packs.PackReport;
import org.tejido.site.Lang;

/**
 * Server-side commands for the library, run with Tejido stopped (the embedded database
 * allows one process) or against a shared database:
 * <ul>
 * <li>{@code java -jar tejido.jar library pack --lang es,en --out pack.zip [--since
 * previous.zip]} builds a signed offline pack of the library in these languages (see
 * {@code docs/library-packs.md}); exits 0 when written, 1 when it could not be, 64 when
 * called wrongly.</li>
 * </ul>
 * Options and words may come in any order; {@code --name=value} settings (such as
 * {@code --tejido.data-dir=}) go to the application.
 */
public final class LibraryCommand {

	static final String USAGE = "Usage: java -jar tejido.jar library pack --lang LANGS --out FILE.zip"
			+ " [--since PREVIOUS.zip] [--tejido.data-dir=DIR]\n  LANGS: comma-separated, of " + Lang.codes();

	private static final Set<String> OPTIONS = Set.of("--lang", "--out", "--since");

	private final PrintStream out;

	private final PrintStream err;

	public LibraryCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command in an application without a web server; returns the exit status.
	 */
	public int run(Class<?> application, String[] args) {
		Call call = read(args);
		Optional<List<Lang>> langs = languages(call.options().get("--lang"));
		String out = call.options().get("--out");
		if (!call.words().equals(List.of("library", "pack")) || call.wrong() || langs.isEmpty() || out == null
				|| out.isBlank()) {
			this.err.println(USAGE);
			return 64;
		}
		String since = call.options().get("--since");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("logging.level.root=warn")
			.run(call.spring().toArray(String[]::new))) {
			PackReport report = context.getBean(LibraryPacks.class)
				.build(langs.get(), Path.of(out).toAbsolutePath(), (since != null) ? Path.of(since) : null);
			this.out.println("Wrote " + out + ". " + report.summary());
			return 0;
		}
		catch (IOException ex) {
			this.err.println("Could not write the pack: " + ex.getMessage());
			return 1;
		}
	}

	private static Optional<List<Lang>> languages(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		List<Lang> langs = new ArrayList<>();
		for (String code : value.split(",")) {
			Optional<Lang> lang = Lang.fromCode(code.strip());
			if (lang.isEmpty()) {
				return Optional.empty();
			}
			langs.add(lang.get());
		}
		return Optional.of(langs);
	}

	/**
	 * A call split into its words, the command's own options (as {@code --name value} or
	 * {@code --name=value}) and the settings passed on to Spring.
	 */
	private record Call(List<String> words, Map<String, String> options, List<String> spring, boolean wrong) {
	}

	private static Call read(String[] args) {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		List<String> spring = new ArrayList<>();
		boolean wrong = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (OPTIONS.contains(name)) {
				if (arg.contains("=")) {
					options.put(name, arg.substring(arg.indexOf('=') + 1));
				}
				else if (i + 1 < args.length) {
					options.put(name, args[++i]);
				}
				else {
					wrong = true;
				}
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				spring.add(arg);
			}
			else if (arg.startsWith("-")) {
				wrong = true;
			}
			else {
				words.add(arg);
			}
		}
		return new Call(words, options, spring, wrong);
	}

}
