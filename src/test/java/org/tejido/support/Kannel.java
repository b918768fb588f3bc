package org.tejido.support;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tejido.messaging.SmsParts;

/**
 * A real Kannel on loopback for tests: {@code bearerbox}, {@code smsbox} and the test SMS
 * centre {@code fakesmsc} of Debian's {@code kannel} and {@code kannel-extras} packages,
 * on free ports, with their configuration, store and logs in a temporary folder.
 * <p>
 * Two fake SMS centre connections: {@code phones}, to which one long-lived fakesmsc stays
 * connected and prints every SMS the gateway sends ({@link #received()}); and
 * {@code handsets}, through which {@link #phoneSends} injects an SMS from a phone.
 * fakesmsc only sends the messages named on its command line (it reads nothing from its
 * input) and Kannel's fake SMS centre serves one client at a time, so each injected SMS
 * is a short-lived fakesmsc of its own, stopped once it printed that it sent its message.
 * <p>
 * smsbox retries its calls to Tejido ({@code http-request-retry},
 * {@code http-queue-delay}) so that an incoming SMS or a delivery report is not lost
 * while Tejido is away.
 */
public final class Kannel implements AutoCloseable {

	public static final String BIN = "/usr/sbin/bearerbox";

	private static final String SMSBOX = "/usr/sbin/smsbox";

	private static final String FAKESMSC = "/usr/lib/kannel/test/fakesmsc";

	private static final Pattern GOT = Pattern.compile("Got message \\d+: <(.*)>\\s*$");

	private static final Map<Integer, Kannel> RUNNING = new HashMap<>();

	private final Path folder;

	private final int adminPort;

	private final int smsboxPort;

	private final int phonesPort;

	private final int handsetsPort;

	private final int sendsmsPort;

	/**
	 * The sendsms port and password are the same for every Kannel of a test run (one runs
	 * at a time), so that the coalition line's settings can name them before the
	 * application starts ({@link #coalitionLine}).
	 */
	private static final int SENDSMS_PORT = Ports.free();

	private static final String PASSWORD = "pw-" + UUID.randomUUID();

	/** The coalition's own number in tests. */
	public static final String COALITION_NUMBER = "+573002220000";

	private final String password = PASSWORD;

	private final List<Process> processes = new ArrayList<>();

	private final List<Sms> received = new CopyOnWriteArrayList<>();

	private final Map<String, byte[][]> partial = new HashMap<>();

	/** An SMS as a phone sent or received it. */
	public record Sms(String from, String to, String text) {
	}

	private Kannel(int appPort, String secret) {
		try {
			this.folder = Files.createTempDirectory("tejido-kannel-");
			this.adminPort = Ports.free();
			this.smsboxPort = Ports.free();
			this.phonesPort = Ports.free();
			this.handsetsPort = Ports.free();
			this.sendsmsPort = SENDSMS_PORT;
			Files.writeString(config(), configuration(appPort, secret));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sets up the coalition's line (the library by SMS) on the Kannel the tests start:
	 * its number and the sendsms account.
	 */
	public static void coalitionLine(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("tejido.messaging.coalition.number", () -> COALITION_NUMBER);
		registry.add("tejido.messaging.coalition.sendsms-url",
				() -> "http://127.0.0.1:" + SENDSMS_PORT + "/cgi-bin/sendsms");
		registry.add("tejido.messaging.coalition.username", () -> "tejido");
		registry.add("tejido.messaging.coalition.password", () -> PASSWORD);
		registry.add("tejido.messaging.coalition.messages-per-second", () -> 10);
	}

	public static boolean isInstalled() {
		return Files.isExecutable(Path.of(BIN)) && Files.isExecutable(Path.of(FAKESMSC));
	}

	/**
	 * The Kannel of the application on this port, started on first use, calling the
	 * application's inbound URL with the secret.
	 */
	public static synchronized Kannel forTejidoAt(int appPort, String secret) {
		return RUNNING.computeIfAbsent(appPort, (port) -> new Kannel(port, secret).start());
	}

	/** Stops every Kannel started for tests. */
	public static synchronized void stopAll() {
		RUNNING.values().forEach(Kannel::close);
		RUNNING.clear();
	}

	public String sendsmsUrl() {
		return "http://127.0.0.1:" + this.sendsmsPort + "/cgi-bin/sendsms";
	}

	public String username() {
		return "tejido";
	}

	public String password() {
		return this.password;
	}

	/** Every SMS the gateway sent to phones so far, multi-part ones joined. */
	public List<Sms> received() {
		return List.copyOf(this.received);
	}

	/** The SMS phones received whose text contains this, waiting up to the time given. */
	public List<Sms> receivedContaining(String marker, Duration wait) {
		Instant end = Instant.now().plus(wait);
		while (Instant.now().isBefore(end) && matching(marker).isEmpty()) {
			sleep(100);
		}
		return matching(marker);
	}

	private List<Sms> matching(String marker) {
		return this.received.stream().filter((sms) -> sms.text().contains(marker)).toList();
	}

	/**
	 * A phone sends an SMS to a number: it reaches Kannel from the SMS centre. The
	 * injecting fakesmsc is stopped only once bearerbox counted the message: Kannel's
	 * fake SMS centre drops a line that arrives together with the end of its connection.
	 */
	public synchronized void phoneSends(String from, String to, String text) {
		long before = handsetMessages();
		try {
			Process injector = new ProcessBuilder(FAKESMSC, "-H", "127.0.0.1", "-r", String.valueOf(this.handsetsPort),
					"-i", "0.05", "-m", "1", from + " " + to + " " + encoded(text))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				await("an SMS from a phone", () -> handsetMessages() > before);
			}
			finally {
				stop(injector);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many SMS bearerbox received from the handsets' SMS centre connection. */
	private long handsetMessages() {
		Matcher count = Pattern.compile("handsets\\[handsets\\][^\\n]*rcvd: sms (\\d+)").matcher(statusPage());
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

	private void startSmsbox() {
		run("smsbox", SMSBOX, config().toString());
		await("smsbox", () -> statusPage().contains("smsbox:"));
	}

	@Override
	public void close() {
		for (Process process : this.processes.reversed()) {
			stop(process);
		}
		this.processes.clear();
	}

	private Kannel start() {
		run("bearerbox", BIN, config().toString());
		await("bearerbox", () -> statusPage().contains("Status: running"));
		startSmsbox();
		Process phones = run("fakesmsc", FAKESMSC, "-H", "127.0.0.1", "-r", String.valueOf(this.phonesPort), "-i",
				"86400", "-m", "2", "nothing");
		readPhones(phones);
		await("fakesmsc", () -> statusPage().matches("(?s).*phones\\[phones\\]\\s+FAKE:\\d+ \\(online.*"));
		Runtime.getRuntime().addShutdownHook(new Thread(this::close));
		return this;
	}

	private void readPhones(Process phones) {
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(phones.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					Matcher got = GOT.matcher(line);
					if (got.find()) {
						phoneGot(got.group(1));
					}
				}
			}
			catch (IOException ex) {
				// fakesmsc stopped
			}
		}, "fakesmsc-phones");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * One line fakesmsc printed: {@code from to text …}, {@code from to ucs-2 …}
	 * (UTF-16BE, URL-encoded), or a part of a long SMS:
	 * {@code from to udh <header> data <bytes>}.
	 */
	private synchronized void phoneGot(String line) {
		String[] fields = line.split(" ", 4);
		if (fields.length < 4) {
			return;
		}
		switch (fields[2]) {
			case "text" -> this.received.add(new Sms(fields[0], fields[1], fields[3]));
			case "ucs-2" -> this.received
				.add(new Sms(fields[0], fields[1], new String(bytes(fields[3]), StandardCharsets.UTF_16BE)));
			case "udh" -> part(fields[0], fields[1], fields[3]);
			default ->
				this.received.add(new Sms(fields[0], fields[1], new String(bytes(fields[3]), StandardCharsets.UTF_8)));
		}
	}

	/**
	 * A part of a concatenated SMS; its header says the message's reference, how many
	 * parts there are and which this is. fakesmsc does not say a part's coding: a text
	 * whose bytes hold control characters (as UTF-16 of most scripts does, never text in
	 * the GSM alphabet) is read as UCS-2.
	 */
	private void part(String from, String to, String udhAndData) {
		String[] pieces = udhAndData.split(" ", 3);
		byte[] udh = bytes(pieces[0]);
		if (udh.length < 6 || pieces.length < 3) {
			return;
		}
		String key = from + " " + to + " " + (udh[3] & 0xff);
		byte[][] parts = this.partial.computeIfAbsent(key, (k) -> new byte[udh[4] & 0xff][]);
		parts[(udh[5] & 0xff) - 1] = bytes(pieces[2]);
		for (byte[] part : parts) {
			if (part == null) {
				return;
			}
		}
		this.partial.remove(key);
		ByteArrayOutputStream whole = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			whole.writeBytes(part);
		}
		byte[] joined = whole.toByteArray();
		this.received.add(new Sms(from, to,
				new String(joined, looksLikeUtf16(joined) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8)));
	}

	private static boolean looksLikeUtf16(byte[] bytes) {
		for (byte b : bytes) {
			if (b >= 0 && b < 0x20 && b != '\n' && b != '\r') {
				return true;
			}
		}
		return false;
	}

	private static byte[] bytes(String urlEncoded) {
		return URLDecoder.decode(urlEncoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** An SMS for fakesmsc's command line: plain text when GSM 7-bit, else UCS-2. */
	private static String encoded(String text) {
		if (SmsParts.measure(text).isGsm7() && !text.contains("\n")) {
			return "text " + text;
		}
		StringBuilder hex = new StringBuilder("ucs2 ");
		for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
			hex.append('%').append(String.format("%02X", b & 0xff));
		}
		return hex.toString();
	}

	/**
	 * The trial set-up of the SMS guide (docs/sms.md, section 6), as a reader copies it,
	 * with free ports, this Tejido's address and secret, and log files in the test's
	 * folder: every SMS test runs the guide's own block, so a guide that stops working
	 * fails them.
	 */
	private String configuration(int appPort, String secret) {
		String folder = this.folder.toString();
		String block = SmsGuide.trialConfiguration();
		return replaced(block,
				List.of(new String[] { "secret=change-me", "secret=" + secret },
						new String[] { "change-me", this.password },
						new String[] { "http://127.0.0.1:8080/", "http://127.0.0.1:" + appPort + "/" },
						new String[] { "admin-port = 13000", "admin-port = " + this.adminPort },
						new String[] { "smsbox-port = 13001", "smsbox-port = " + this.smsboxPort },
						new String[] { "bearerbox-port = 13001", "bearerbox-port = " + this.smsboxPort },
						new String[] { "port = 10000", "port = " + this.phonesPort },
						new String[] { "port = 10001", "port = " + this.handsetsPort },
						new String[] { "sendsms-port = 13013", "sendsms-port = " + this.sendsmsPort },
						new String[] { "store-location = /var/spool/kannel/store",
								"store-location = " + folder + "/store\nlog-file = " + folder
										+ "/bearerbox.log\nlog-level = 1" },
						new String[] { "http-queue-delay = 1",
								"http-queue-delay = 1\nlog-file = " + folder + "/smsbox.log\nlog-level = 1" }));
	}

	private static String replaced(String block, List<String[]> replacements) {
		String result = block;
		for (String[] replacement : replacements) {
			if (!result.contains(replacement[0])) {
				throw new IllegalStateException("the SMS guide's set-up no longer has " + replacement[0]);
			}
			result = result.replace(replacement[0], replacement[1]);
		}
		return result;
	}

	private Path config() {
		return this.folder.resolve("kannel.conf");
	}

	private String statusPage() {
		try {
			HttpResponse<String> status = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(
							URI.create("http://127.0.0.1:" + this.adminPort + "/status.txt?password=" + this.password))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return status.body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private Process run(String name, String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput((name.equals("fakesmsc")) ? ProcessBuilder.Redirect.PIPE
						: ProcessBuilder.Redirect.appendTo(this.folder.resolve(name + ".out").toFile()))
				.start();
			this.processes.add(process);
			return process;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void await(String what, BooleanSupplier ready) {
		Instant end = Instant.now().plusSeconds(30);
		while (!ready.getAsBoolean()) {
			if (Instant.now().isAfter(end)) {
				throw new IllegalStateException(what + " did not start; see " + this.folder);
			}
			sleep(100);
		}
	}

	private static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
