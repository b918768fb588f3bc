package org.tejido.accounts;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.tejido.accounts.internal.AccountRefused;
import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * {@code java -jar tejido.jar admin create --email EMAIL --name NAME}: creates an
 * administrator on the server itself, so that no web form exists that anyone could reach
 * first. The password comes from {@code TEJIDO_ADMIN_PASSWORD} or, when that is not set,
 * from the first line of standard input. Settings ({@code --tejido.data-dir=…}) may stand
 * anywhere. The command does its work and exits.
 */
public final class AdminCommand {

	public static final String PASSWORD_VARIABLE = "TEJIDO_ADMIN_PASSWORD";

	private final Function<String, @Nullable String> environment;

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	public AdminCommand(Function<String, @Nullable String> environment, InputStream in, PrintStream out,
			PrintStream err) {
		this.environment = environment;
		this.in = in;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command in an application without a web server; returns the exit status.
	 */
	public int run(Class<?> application, String[] args) {
		Map<String, String> options = new HashMap<>();
		List<String> words = new ArrayList<>();
		read(args, options, words);
		if (!words.equals(List.of("admin", "create")) || !options.containsKey("email")
				|| !options.containsKey("name")) {
			this.err.println("Usage: java -jar tejido.jar admin create --email EMAIL --name NAME");
			this.err.println("The password is read from " + PASSWORD_VARIABLE + ", or else from standard input.");
			return 64;
		}
		String password = password();
		if (password == null) {
			this.err.println("No password: set " + PASSWORD_VARIABLE + " or give it on standard input.");
			return 64;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("tejido.library.load-seed-catalogue=false", "logging.level.root=warn")
			.run(springArguments(args))) {
			return create(context, options.get("email"), options.get("name"), password);
		}
	}

	private int create(ConfigurableApplicationContext context, String email, String name, String password) {
		try {
			context.getBean(AccountRegistry.class).open(email, name, password, Role.ADMINISTRATOR);
			this.out.println("Created administrator " + email.strip().toLowerCase(Locale.ROOT)
					+ ". Sign in and set up two-step sign-in at /en/sign-in.");
			return 0;
		}
		catch (AccountRefused refused) {
			this.err.println(context.getBean(Texts.class).get(Lang.EN, refused.messageKey()));
			return 65;
		}
	}

	private @Nullable String password() {
		String fromEnvironment = this.environment.apply(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		try {
			String line = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8)).readLine();
			return (line == null || line.isEmpty()) ? null : line;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

	/**
	 * Splits the arguments, in any order, into the command's own options
	 * ({@code --email x}, {@code --name=y}) and its words; settings such as
	 * {@code --tejido.data-dir=…} are neither.
	 */
	private static void read(String[] args, Map<String, String> options, List<String> words) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--email=") || arg.startsWith("--name=")) {
				String[] pair = arg.substring(2).split("=", 2);
				options.put(pair[0], pair[1]);
			}
			else if (arg.equals("--email") || arg.equals("--name")) {
				if (i + 1 < args.length) {
					options.put(arg.substring(2), args[++i]);
				}
			}
			else if (!arg.startsWith("--")) {
				words.add(arg);
			}
		}
	}

	/**
	 * Only settings such as {@code --tejido.data-dir=…} reach Spring; the command's own
	 * words do not.
	 */
	private static String[] springArguments(String[] args) {
		return Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--") && arg.contains("=") && !arg.startsWith("--email=")
					&& !arg.startsWith("--name="))
			.toArray(String[]::new);
	}

}
