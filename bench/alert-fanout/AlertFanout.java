import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Early-warning fan-out benchmark of Tejido, through a real Kannel on loopback. In one run:
 * <ol>
 * <li>starts Kannel (bearerbox, smsbox, and a long-running fakesmsc that prints every SMS
 * the gateway sends to phones into a file this program tails), creates an administrator
 * with {@code admin create}, starts Tejido on a fresh data directory, signs in through the
 * pages (password, then two-step set-up with a TOTP code computed here), founds a
 * collective, connects its SMS channel to the Kannel, adds N contact-only members with
 * distinct phone numbers (several HTTP clients sharing the session; timed), and writes a
 * protocol whose one tier is all members by SMS with a 60-minute wait;</li>
 * <li>(A) Kannel's own ceiling: N sendsms requests straight to Kannel with 1 and 8 client
 * threads: requests accepted per second, and the time until fakesmsc printed all N;</li>
 * <li>(B) the fan-out: a member's phone sends {@code ALERT strangers ...} through a
 * short-lived fakesmsc; times to the reporter's confirmation, the first and the last tier
 * message at fakesmsc; unique recipients, duplicates, missing;</li>
 * <li>(C) a crash: a second report from another member; when fakesmsc has 30 to 60 % of its
 * messages, {@code kill -9} Tejido, look into its database for the messages left
 * "being sent", restart it on the same data directory and port, and wait until every
 * message arrived (or no progress for 3 sending graces); lost and duplicated counts;</li>
 * <li>(D) from the report's arrival (injection, and the moment Kannel called Tejido, seen
 * by a relay this program puts between smsbox and Tejido) to the first tier message.</li>
 * </ol>
 * "A message reached the gateway" is measured as the moment this program read fakesmsc's
 * {@code Got message} line for it (the file is polled every 5 ms). Tejido records Kannel's
 * {@code 0: Accepted} a moment earlier; the difference is bearerbox routing the message to
 * the fake SMS centre, a millisecond or so unless Kannel queues.
 * <p>
 * Timing never fails the run. It exits non-zero only when the set-up fails (Kannel or the
 * app do not start, a page does not answer as expected); it then prints the logs' last
 * lines. Every wait is bounded; every process it started is stopped however it ends.
 *
 * Run through bench/alert-fanout.sh.
 */
public class AlertFanout {

	static final String PASSWORD = "bench fan-out river stones remember";

	static final String COLLECTIVE_NUMBER = "+573009999999";

	static final Pattern CODE_IN_TEXT = Pattern.compile("(?i)\\balert (\\d{4,8})\\b");

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--compare")) {
			Compare.print(List.of(args).subList(1, args.length));
			return;
		}
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Report report = new Report();
		Processes processes = new Processes(options.pidFile());
		Runtime.getRuntime().addShutdownHook(new Thread(processes::stopAll, "stop-processes"));
		Workspace workspace = Workspace.create(options);
		int exit = 0;
		boolean everyoneToldOnce = true;
		try {
			everyoneToldOnce = new AlertFanout(options, report, processes, workspace).run();
		}
		catch (Stopped ex) {
			report.failure(ex, workspace);
			exit = 1;
		}
		catch (Exception | Error ex) {
			report.failure(new Stopped(ex.toString(), Stream.of(ex.getStackTrace()).limit(12).map(Object::toString)
				.toList()), workspace);
			exit = 1;
		}
		finally {
			processes.stopAll();
		}
		if (exit == 0 && everyoneToldOnce && !options.keep()) {
			workspace.delete();
		}
		else {
			System.out.println("kept the data directory, Kannel files and logs in " + workspace.root()
					+ (everyoneToldOnce ? "" : " (a fan-out lost or duplicated messages: the app's logs are there)"));
		}
		System.exit(exit);
	}

	private final Options options;

	private final Report report;

	private final Processes processes;

	private final Workspace workspace;

	private Kannel kannel;

	private InboundRelay relay;

	private DlrSink dlrSink;

	private int dlrSinkCalls;

	private App app;

	private Browser browser;

	private String home;

	private List<String> phones;

	AlertFanout(Options options, Report report, Processes processes, Workspace workspace) {
		this.options = options;
		this.report = report;
		this.processes = processes;
		this.workspace = workspace;
	}

	/**
	 * Runs (A) to (D); answers whether every fan-out told each member once, so that a run
	 * that lost or duplicated messages keeps its logs.
	 */
	boolean run() throws Exception {
		this.report.header(this.options, this.workspace);
		setUp();
		for (int threads : this.options.kannelThreads()) {
			kannelCeiling(threads, false);
		}
		for (int threads : this.options.kannelThreads()) {
			kannelCeiling(threads, true);
		}
		List<Fanout> warmUps = new ArrayList<>();
		for (int alert = 1; alert <= this.options.warmUpAlerts(); alert++) {
			Fanout warmUp = warmUp(alert);
			deliveryReportsDrained(warmUp);
			warmUps.add(warmUp);
		}
		Fanout first = fanout();
		deliveryReportsDrained(first);
		Crash crash = crash(first);
		this.report.figures(warmUps, first, crash, crash.happened()
				? this.kannel.restartsBefore(crash.killedNanos(), "the kill")
				: this.kannel.restartsBefore(System.nanoTime(), "the end"));
		return Stream.concat(Stream.concat(warmUps.stream(), Stream.of(first)).map(Fanout::tally),
				crash.happened() ? Stream.of(crash.tally()) : Stream.empty())
			.allMatch((tally) -> tally.missing() == 0 && tally.duplicated() == 0);
	}

	// ------------------------------------------------------------------ set-up

	private void setUp() throws Exception {
		this.report.section("Set-up");
		int appPort = freePort();
		this.relay = InboundRelay.start(appPort);
		this.dlrSink = DlrSink.start();
		this.kannel = Kannel.start(this.workspace.kannelDir(), this.relay.port(), this.options.secret(),
				this.processes);
		this.report.kannelVersion = this.kannel.version();
		this.report.line("kannel              %s; bearerbox pid %d, smsbox pid %d, fakesmsc (phones) pid %d",
				this.kannel.version(), this.kannel.bearerbox.pid(), this.kannel.smsbox.pid(),
				this.kannel.phonesProcess.pid());
		this.report.line("kannel ports        sendsms %d, admin %d, fake SMS centres %d (phones) and %d (handsets)",
				this.kannel.sendsmsPort, this.kannel.adminPort, this.kannel.phonesPort, this.kannel.handsetsPort);
		this.report.line("relay               smsbox calls 127.0.0.1:%d, which passes each call on to Tejido",
				this.relay.port());
		createAdministrator();
		this.app = App.start(this.options, this.workspace, appPort, "app-1", this.processes);
		this.report.line("tejido              pid %d, port %d, %s, healthy %,d ms after start (%s)", this.app.pid(),
				appPort, "-Xmx" + this.options.heap(), this.app.startMillis,
				this.app.springStartLine().orElse("no start line"));
		this.browser = new Browser(appPort);
		signInWithTwoSteps();
		this.home = foundCollective();
		connectChannel();
		this.phones = seedMembers();
		writeProtocol();
		Map<String, Long> counts = outboxCounts();
		this.report.line("outbox before       %s", counts);
	}

	private void createAdministrator() throws Exception {
		List<String> command = new ArrayList<>(List.of(this.options.javaBin().toString(), "-jar",
				this.options.jar().toString(), "admin", "create", "--email", "bench@example.org", "--name",
				"Bench Coordinator", "--tejido.data-dir=" + this.workspace.dataDir(),
				"--tejido.library.load-seed-catalogue=false"));
		// The same database as the app (e.g. --app-arg --spring.datasource.url=jdbc:postgresql://...).
		this.options.appArgs()
			.forEach((arg) -> command.add(arg.replace("{data}", this.workspace.dataDir().toString())));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(this.workspace.log("admin-create").toFile()));
		builder.environment().put("TEJIDO_ADMIN_PASSWORD", PASSWORD);
		long started = System.nanoTime();
		Process process = this.processes.start("admin-create", builder);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new Stopped("admin create did not finish in 5 min", tail(this.workspace.log("admin-create"), 20));
		}
		if (process.exitValue() != 0) {
			throw new Stopped("admin create exited with " + process.exitValue(),
					tail(this.workspace.log("admin-create"), 20));
		}
		this.report.line("admin create        exit 0 in %,d ms (bench@example.org)", millisSince(started));
	}

	private void signInWithTwoSteps() throws Exception {
		this.browser.get("/en/sign-in");
		HttpResponse<String> signedIn = this.browser.submit("/sign-in", "email", "bench@example.org", "password",
				PASSWORD, "lang", "en");
		expect(signedIn, 302, "sign in");
		this.browser.get("/en/account/two-factor");
		HttpResponse<String> started = this.browser.submit("/en/account/two-factor");
		Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(started.body());
		if (!secret.find()) {
			throw new Stopped("no two-step secret on /en/account/two-factor (HTTP " + started.statusCode() + ")",
					List.of(shorten(started.body())));
		}
		String key = secret.group(1).replace(" ", "");
		HttpResponse<String> confirmed = this.browser.submit("/en/account/two-factor/confirm", "code",
				Totp.code(key, Instant.now().getEpochSecond()));
		expect(confirmed, 200, "two-step confirmation");
		this.report.line("signed in           password, then two-step set-up confirmed with a TOTP code");
	}

	private String foundCollective() {
		this.browser.get("/en/collectives/new");
		HttpResponse<String> founded = this.browser.submit("/en/collectives", "name", "Alerta Temprana Bench",
				"your_name", "Bench Coordinator");
		expect(founded, 302, "found a collective");
		String path = location(founded);
		this.report.line("collective          %s", path);
		return path;
	}

	private void connectChannel() {
		this.browser.get(this.home + "/channels");
		HttpResponse<String> saved = this.browser.submit(this.home + "/channels", "url", this.kannel.sendsmsUrl(),
				"username", Kannel.USERNAME, "password", this.kannel.password, "number", COLLECTIVE_NUMBER,
				"per_second", String.valueOf(this.options.perSecond()));
		expect(saved, 302, "connect the SMS channel");
		this.report.line("channel             Kannel %s, number %s, %d SMS per second", this.kannel.sendsmsUrl(),
				COLLECTIVE_NUMBER, this.options.perSecond());
	}

	/** Adds the contact-only members with a few clients sharing the session; gives their phones. */
	private List<String> seedMembers() throws Exception {
		int count = this.options.members();
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			phones.add(phone(i));
		}
		String form = this.browser.get(this.home + "/members/new").body();
		Map<String, String> hidden = Browser.hiddenFields(form);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger added = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>("");
		Set<Integer> missing = ConcurrentHashMap.newKeySet();
		long started = System.nanoTime();
		long deadline = started + Duration.ofMinutes(this.options.seedTimeoutMinutes()).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(this.options.threads());
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < this.options.threads(); t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline;
							i = next.getAndIncrement()) {
						if (addMember(i, phones.get(i), hidden, firstError) || addMember(i, phones.get(i), hidden,
								firstError)) {
							added.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
							missing.add(i);
						}
					}
					return null;
				}));
			}
			long lastPrint = System.nanoTime();
			for (Future<?> worker : workers) {
				while (true) {
					try {
						worker.get(1, TimeUnit.SECONDS);
						break;
					}
					catch (java.util.concurrent.TimeoutException ex) {
						if (System.nanoTime() - lastPrint > 15_000_000_000L) {
							lastPrint = System.nanoTime();
							this.report.line("  ... %,d of %,d members added (%.1f/s)", added.get(), count,
									added.get() / secondsSince(started));
						}
						if (System.nanoTime() > deadline + 120_000_000_000L) {
							break;
						}
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = secondsSince(started);
		this.report.seeding(added.get(), count, failed.get(), seconds, this.options.threads(), firstError.get());
		if (added.get() < count) {
			if (added.get() < 2) {
				throw new Stopped("only " + added.get() + " members could be added", this.app.logTail(20));
			}
			List<String> kept = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				if (!missing.contains(i) && i < next.get()) {
					kept.add(phones.get(i));
				}
			}
			this.report.line("NOTE                only %,d members were added; the run goes on with them", kept.size());
			return kept;
		}
		return phones;
	}

	private boolean addMember(int i, String phone, Map<String, String> hidden, AtomicReference<String> firstError) {
		try {
			Map<String, String> fields = new LinkedHashMap<>(hidden);
			fields.put("name", String.format(Locale.ROOT, "Miembro %05d", i));
			fields.put("phone", phone);
			fields.put("email", "");
			fields.put("lang", "en");
			fields.put("role", "member");
			HttpResponse<String> response = this.browser.post(this.home + "/members", Browser.form(fields));
			if (response.statusCode() == 302) {
				return true;
			}
			firstError.compareAndSet("", "member " + i + ": HTTP " + response.statusCode() + " "
					+ shorten(response.body().replaceAll("\\s+", " ")));
			return false;
		}
		catch (RuntimeException ex) {
			firstError.compareAndSet("", "member " + i + ": " + ex);
			return false;
		}
	}

	private void writeProtocol() {
		long started = System.nanoTime();
		this.browser.get(this.home + "/protocols");
		HttpResponse<String> created = this.browser.submit(this.home + "/protocols", "name", "Territorio",
				"min_severity", "low");
		expect(created, 302, "create a protocol");
		String protocol = location(created);
		this.browser.get(protocol);
		HttpResponse<String> tier = this.browser.submit(protocol + "/tiers", "target", "members", "channel", "sms",
				"wait", "60", "level", "collective");
		expect(tier, 302, "add the tier");
		this.report.line("protocol            %s: one tier, all members by SMS, 60 min wait (%,d ms)", protocol,
				millisSince(started));
	}

	// ------------------------------------------------------------------ (A)

	/**
	 * (A) N sendsms requests straight to Kannel with some client threads, or as many as go
	 * in the time limit; with delivery reports asked for (as Tejido asks: dlr-mask 31 and a
	 * dlr-url, here a sink in this program) or without.
	 */
	private void kannelCeiling(int threads, boolean reports) throws Exception {
		int numbers = this.options.kannelNumbers();
		this.report.section("(A) Kannel's own ceiling, " + threads + " client thread" + (threads == 1 ? "" : "s")
				+ ((numbers > 1) ? ", " + numbers + " numbers a request" : "")
				+ (reports ? ", delivery reports asked for (dlr-mask 31, as Tejido)" : ", no delivery reports"));
		int count = this.phones.size();
		String marker = "KCEIL" + threads + (reports ? "D " : "P ");
		int before = this.kannel.phoneLog.size();
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(threads))
			.build();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicReference<String> firstRefusal = new AtomicReference<>("");
		long limit = Duration.ofSeconds(this.options.kannelSeconds()).toNanos();
		String dlrUrl = reports ? this.dlrSink.url() : null;
		CpuUse.Snapshot cpuBefore = CpuUse.Snapshot.take(this.app, this.kannel);
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndAdd(numbers); i < count && System.nanoTime() - started < limit;
							i = next.getAndAdd(numbers)) {
						// several numbers go in one request as Tejido's bundles do (Kannel's to, separated
						// by spaces); each report then names its number, as Tejido asks
						List<String> to = this.phones.subList(i, Math.min(count, i + numbers));
						String answer = this.kannel.sendsms(client, COLLECTIVE_NUMBER, String.join(" ", to),
								marker + i + " ceiling of the gateway",
								(dlrUrl != null && numbers > 1) ? dlrUrl + "&to=%p" : dlrUrl);
						if (answer.startsWith("0:") || answer.startsWith("3:")) {
							accepted.addAndGet(to.size());
						}
						else {
							refused.addAndGet(to.size());
							firstRefusal.compareAndSet("", answer);
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get(this.options.kannelSeconds() + 60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
			client.shutdownNow();
		}
		long answered = System.nanoTime();
		int expected = accepted.get();
		Waited printed = waitFor(() -> this.kannel.phoneLog.countContaining(before, marker) >= expected,
				() -> this.kannel.phoneLog.countContaining(before, marker), Duration.ofSeconds(30),
				Duration.ofMinutes(this.options.timeoutMinutes()).toNanos());
		long allPrinted = this.kannel.phoneLog.lastContaining(before, marker);
		CpuUse cpu = CpuUse.between(cpuBefore, CpuUse.Snapshot.take(this.app, this.kannel));
		if (reports) {
			// Two reports per message (8: taken by the SMS centre, 1: delivered). smsbox calls them
			// out one by one; the next phase waits for them, or an SMS report would queue behind them.
			int wanted = this.dlrSinkCalls + 2 * accepted.get();
			waitFor(() -> this.dlrSink.calls() >= wanted, this.dlrSink::calls, Duration.ofSeconds(30),
					Duration.ofMinutes(this.options.timeoutMinutes()).toNanos());
			this.report.line("delivery reports    %,d of %,d called back by smsbox, the last %.1f s after the first"
					+ " request (%,.0f/s)", this.dlrSink.calls() - this.dlrSinkCalls, 2 * accepted.get(),
					(this.dlrSink.lastNanos() - started) / 1e9,
					(this.dlrSink.calls() - this.dlrSinkCalls) / ((this.dlrSink.lastNanos() - started) / 1e9));
			this.dlrSinkCalls = this.dlrSink.calls();
		}
		KannelRun run = new KannelRun(threads, numbers, reports, count, accepted.get() + refused.get(), accepted.get(),
				refused.get(), firstRefusal.get(), (answered - started) / 1e9,
				this.kannel.phoneLog.countContaining(before, marker),
				(allPrinted > 0 ? allPrinted - started : printed.endNanos() - started) / 1e9, cpu);
		this.report.kannelRun(run);
	}

	// ------------------------------------------------------------------ (B)

	/** (B) and (D): one report, the whole tier told. */
	private Fanout fanout() throws Exception {
		return fanout("B", "Fan-out through Tejido", this.phones.get(0), "ALERT strangers river crossing 3 trucks");
	}

	/**
	 * A fan-out before (B), reported on its own: (B) then measures an app that has sent a
	 * tier before, as Kannel's runs in (A) measure a gateway that has already taken
	 * thousands of messages. Each comes from its own member (the third, the fourth, ...),
	 * (C) from the second.
	 */
	private Fanout warmUp(int alert) throws Exception {
		return fanout("W" + alert, "Warm-up fan-out before (B)", this.phones.get(1 + alert),
				"ALERT smoke seen upriver " + alert);
	}

	private Fanout fanout(String name, String title, String reporter, String text) throws Exception {
		this.report.section("(" + name + ") " + title + ": one SMS report, " + (this.phones.size() - 1)
				+ " members told by SMS");
		Tally tally = new Tally(this.kannel.phoneLog, this.phones, reporter, Set.of());
		long deliveredBefore = outboxCounts().getOrDefault("delivered", 0L);
		boolean profiled = this.options.profile() && name.equals("B");
		CpuUse.Snapshot cpuBefore = CpuUse.Snapshot.take(this.app, this.kannel);
		ThreadCpu.Snapshot threadsBefore = ThreadCpu.Snapshot.take(this.app.pid());
		int relayCalls = this.relay.calls().size();
		Path recording = this.workspace.root().resolve("fanout-" + this.options.database() + ".jfr");
		if (profiled) {
			jcmd("JFR.start", "name=fanout", "settings=profile", "filename=" + recording);
		}
		Injection injection = this.kannel.phoneSends(reporter, COLLECTIVE_NUMBER, text);
		this.report.line("injected            from %s at +0 ms; Kannel counted it at +%,d ms", reporter,
				injection.countedMillis());
		long limit = Duration.ofMinutes(this.options.timeoutMinutes()).toNanos();
		Duration stall = Duration.ofSeconds(Math.max(120, 3 * this.options.graceSeconds()));
		Waited waited = waitFor(tally::complete, () -> tally.update().recipients(), stall, limit,
				(progress) -> this.report.line("  ... %,d of %,d told at +%.1f s", progress, tally.expected(),
						secondsSince(injection.startNanos())));
		sleepMillis(3000);
		tally.update();
		CpuUse cpu = CpuUse.between(cpuBefore, CpuUse.Snapshot.take(this.app, this.kannel));
		if (profiled) {
			jcmd("JFR.stop", "name=fanout");
			this.report.line("profile             %s (JFR, settings=profile, the fan-out only)", recording);
		}
		Fanout fanout = new Fanout(name, injection, this.relay.firstCallAfter(relayCalls), tally, waited, cpu,
				this.phones.size() - 1);
		fanout.callsSeen = this.relay.describe(relayCalls, injection.startNanos());
		fanout.threadsAtReport = threadsBefore;
		fanout.deliveredBefore = deliveredBefore;
		this.report.fanout(fanout);
		return fanout;
	}

	/** Runs a diagnostic command in the app's JVM (JFR while profiling). */
	private void jcmd(String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(this.options.javaBin().resolveSibling("jcmd").toString(),
				String.valueOf(this.app.pid())));
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(this.workspace.log("jcmd").toFile()))
			.start();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * Waits until Tejido has every message of a fan-out as delivered, from the delivery
	 * reports.
	 */
	private void deliveryReportsDrained(Fanout fanout) throws Exception {
		long expected = fanout.deliveredBefore + fanout.tally().expected() + 1;
		long started = System.nanoTime();
		Map<String, Long> counts = Map.of();
		boolean drained = false;
		while (!drained && System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
			counts = outboxCounts();
			drained = counts.getOrDefault("delivered", 0L) >= expected && counts.getOrDefault("queued", 0L) == 0
					&& counts.getOrDefault("sending", 0L) == 0 && counts.getOrDefault("accepted", 0L) == 0
					&& counts.getOrDefault("submitted", 0L) == 0;
			if (!drained) {
				sleepMillis(1000);
			}
		}
		double seconds = secondsSince(fanout.injection().startNanos());
		fanout.threads = ThreadCpu.between(fanout.threadsAtReport, ThreadCpu.Snapshot.take(this.app.pid()));
		if (!fanout.threads.groups().isEmpty()) {
			this.report.line("Tejido's CPU        %s (from the report until %s)",
					fanout.threads.perMessage(fanout.expected),
					drained ? "every delivery report was kept" : "this program stopped waiting for the reports");
		}
		if (drained) {
			this.report.line("delivery reports    Tejido had every message of (%s) as delivered %.1f s after the"
					+ " injection (channels page, polled every second): %s", fanout.name, seconds, counts);
			fanout.setDrained(seconds, counts);
		}
		else {
			this.report.line("delivery reports    NOT all recorded 5 min after (%s) ended: %s", fanout.name, counts);
		}
	}

	// ------------------------------------------------------------------ (C)

	/** (C) a second report; kill -9 during its fan-out, restart, count lost and duplicated. */
	private Crash crash(Fanout first) throws Exception {
		this.report.section("(C) Crash during a fan-out: kill -9 at " + Math.round(this.options.crashAt() * 100)
				+ " % of the messages, restart on the same data directory");
		String reporter = this.phones.get(1);
		Set<String> earlier = (first.tally().code() != null) ? Set.of(first.tally().code()) : Set.of();
		Tally tally = new Tally(this.kannel.phoneLog, this.phones, reporter, earlier);
		int relayCalls = this.relay.calls().size();
		Injection injection = this.kannel.phoneSends(reporter, COLLECTIVE_NUMBER,
				"ALERT threat armed men near the school");
		this.report.line("injected            from %s at +0 ms; Kannel counted it at +%,d ms", reporter,
				injection.countedMillis());
		int killAt = (int) Math.ceil(this.options.crashAt() * tally.expected());
		long limit = Duration.ofMinutes(this.options.timeoutMinutes()).toNanos();
		Waited beforeKill = waitFor(() -> tally.update().recipients() >= killAt, () -> tally.update().recipients(),
				Duration.ofSeconds(Math.max(120, 3 * this.options.graceSeconds())), limit, 5);
		if (tally.recipients() < killAt) {
			this.report.line("NOTE                the fan-out did not reach %,d messages (%s); no crash", killAt,
					beforeKill.stalled() ? "stalled" : "time limit");
			return Crash.none(tally);
		}
		this.report.line("relay               %s", this.relay.describe(relayCalls, injection.startNanos()));
		long killed = System.nanoTime();
		long oldPid = this.app.pid();
		this.app.kill9();
		int atKill = tally.update().recipients();
		long dead = System.nanoTime();
		this.report.line("killed              pid %d with SIGKILL at +%.1f s, when fakesmsc had %,d of %,d (%.1f %%)",
				oldPid, (killed - injection.startNanos()) / 1e9, atKill, tally.expected(),
				100.0 * atKill / tally.expected());
		Map<String, Long> atCrash = this.options.inspect() ? inspectDatabase(tally.code()) : Map.of();
		long inspected = System.nanoTime();
		if (!atCrash.isEmpty()) {
			long handedOver = atCrash.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals("queued"))
				.mapToLong(Map.Entry::getValue)
				.sum();
			this.report.line("database at crash   %s (this alert's messages, read with H2's Shell over JDBC in %,d ms)",
					atCrash, (inspected - dead) / 1_000_000);
			this.report.line("gateway vs database fakesmsc had %,d; the database shows %,d as handed over or being sent%s",
					atKill, handedOver, atKill > handedOver ? " (" + (atKill - handedOver)
							+ " sent messages are back to queued in the database: they will go out again)" : "");
		}
		this.app = App.start(this.options, this.workspace, this.app.port, "app-2", this.processes);
		long healthy = System.nanoTime();
		this.report.line("restarted           pid %d, healthy %,d ms after its start (%s)", this.app.pid(),
				this.app.startMillis, this.app.springStartLine().orElse("no start line"));
		Duration stall = Duration.ofSeconds(3L * this.options.graceSeconds());
		Waited waited = waitFor(tally::complete, () -> tally.update().recipients(), stall, limit,
				(progress) -> this.report.line("  ... %,d of %,d told at +%.1f s", progress, tally.expected(),
						secondsSince(injection.startNanos())));
		long allArrived = System.nanoTime();
		long watch = Math.max(30, 2L * this.options.graceSeconds());
		if (waited.done()) {
			this.report.line("all arrived         at +%.1f s; watching %d s more for late duplicates",
					(allArrived - injection.startNanos()) / 1e9, watch);
			sleepMillis(watch * 1000);
		}
		tally.update();
		Map<String, Long> after = outboxCounts();
		Crash crash = new Crash(true, tally, injection, this.relay.firstCallAfter(relayCalls), killed, atKill, dead,
				inspected, healthy, waited, watch, atCrash, after, oldPid, this.app.startMillis,
				this.kannel.restartsSince(killed));
		this.report.crash(crash);
		return crash;
	}

	/** Status counts of one alert's messages, read from the database while the app is down. */
	private Map<String, Long> inspectDatabase(String code) {
		try {
			Path h2 = this.workspace.root().resolve("h2.jar");
			if (!Files.exists(h2)) {
				extractH2(h2);
			}
			String sql = "select s.status, count(*) from outbound_message o, outbound_state s, alert a where a.code = '"
					+ code + "' and s.id = o.id and o.message_key like concat('alert:', cast(a.id as varchar), ':%')"
					+ " group by s.status;"
					+ " select 'dispatch-job', picked, picked_by, last_heartbeat from scheduled_tasks"
					+ " where task_name = 'messaging-dispatch';";
			// H2's Shell reads any JDBC database: the app's own H2 file, or the PostgreSQL the
			// app arguments name (with the driver from the app's jar)
			String url = appArg("spring.datasource.url").orElse("jdbc:h2:file:" + this.workspace.dataDir() + "/db/tejido");
			String classpath = h2.toString();
			List<String> driver = List.of();
			if (url.startsWith("jdbc:postgresql:")) {
				Path pg = this.workspace.root().resolve("postgresql.jar");
				if (!Files.exists(pg)) {
					extractLibrary("postgresql-[0-9.]+\\.jar", pg);
				}
				classpath += java.io.File.pathSeparator + pg;
				driver = List.of("-driver", "org.postgresql.Driver");
			}
			List<String> command = new ArrayList<>(List.of(this.options.javaBin().toString(), "-cp", classpath,
					"org.h2.tools.Shell", "-url", url, "-user", appArg("spring.datasource.username").orElse("tejido"),
					"-password", appArg("spring.datasource.password").orElse("")));
			command.addAll(driver);
			command.addAll(List.of("-sql", sql));
			Process shell = this.processes.start("db-shell", new ProcessBuilder(command).redirectErrorStream(true));
			String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!shell.waitFor(60, TimeUnit.SECONDS)) {
				shell.destroyForcibly();
			}
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String line : output.lines().toList()) {
				String[] cells = line.split("\\|");
				if (cells.length == 4 && cells[0].strip().equals("dispatch-job")) {
					this.report.line("dispatch job        db-scheduler's messaging-dispatch row: picked %s by %s, last"
							+ " heartbeat %s", cells[1].strip(), cells[2].strip(), cells[3].strip());
				}
				if (cells.length == 2 && cells[1].strip().matches("\\d+")) {
					counts.put(cells[0].strip().toLowerCase(Locale.ROOT), Long.parseLong(cells[1].strip()));
				}
			}
			if (counts.isEmpty()) {
				this.report.line("database at crash   could not read it: %s", shorten(output.replaceAll("\\s+", " ")));
			}
			return counts;
		}
		catch (IOException | InterruptedException ex) {
			this.report.line("database at crash   could not read it: %s", ex);
			return Map.of();
		}
	}

	private void extractH2(Path target) throws IOException {
		extractLibrary("h2-[0-9.]+\\.jar", target);
	}

	/** The value of an {@code --app-arg --name=value}. */
	private Optional<String> appArg(String name) {
		return this.options.appArgs()
			.stream()
			.filter((arg) -> arg.startsWith("--" + name + "="))
			.map((arg) -> arg.substring(name.length() + 3))
			.reduce((first, last) -> last);
	}

	private void extractLibrary(String pattern, Path target) throws IOException {
		try (ZipFile jar = new ZipFile(this.options.jar().toFile())) {
			ZipEntry entry = jar.stream()
				.filter((e) -> e.getName().matches("BOOT-INF/lib/" + pattern))
				.findFirst()
				.orElseThrow(() -> new IOException("no " + pattern + " in " + this.options.jar()));
			try (var in = jar.getInputStream(entry)) {
				Files.copy(in, target);
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	/** The collective's outbox counts from its channels page, by status. */
	private Map<String, Long> outboxCounts() {
		HttpResponse<String> page = this.browser.get(this.home + "/channels");
		Matcher rows = Pattern.compile("<tr><td>[^<]*</td><td>(\\d+)</td></tr>").matcher(page.body());
		List<Long> values = new ArrayList<>();
		while (rows.find()) {
			values.add(Long.parseLong(rows.group(1)));
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		String[] names = { "queued", "sending", "accepted", "submitted", "delivered", "failed" };
		if (values.size() >= names.length) {
			List<Long> last = values.subList(values.size() - names.length, values.size());
			for (int i = 0; i < names.length; i++) {
				counts.put(names[i], last.get(i));
			}
		}
		return counts;
	}

	record Waited(boolean done, boolean stalled, long endNanos) {
	}

	private static Waited waitFor(BooleanSupplier done, java.util.function.IntSupplier progress, Duration stall,
			long limitNanos) {
		return waitFor(done, progress, stall, limitNanos, (p) -> {
		});
	}

	private static Waited waitFor(BooleanSupplier done, java.util.function.IntSupplier progress, Duration stall,
			long limitNanos, int pollMillis) {
		return waitFor(done, progress, stall, limitNanos, (p) -> {
		}, pollMillis);
	}

	private static Waited waitFor(BooleanSupplier done, java.util.function.IntSupplier progress, Duration stall,
			long limitNanos, java.util.function.IntConsumer printer) {
		return waitFor(done, progress, stall, limitNanos, printer, 20);
	}

	/**
	 * Polls until done, until the progress figure did not move for the stall time, or until
	 * the limit; prints the progress every 30 s.
	 */
	private static Waited waitFor(BooleanSupplier done, java.util.function.IntSupplier progress, Duration stall,
			long limitNanos, java.util.function.IntConsumer printer, int pollMillis) {
		long started = System.nanoTime();
		long lastMove = started;
		long lastPrint = started;
		int last = progress.getAsInt();
		while (true) {
			if (done.getAsBoolean()) {
				return new Waited(true, false, System.nanoTime());
			}
			long now = System.nanoTime();
			int current = progress.getAsInt();
			if (current != last) {
				last = current;
				lastMove = now;
			}
			if (now - lastMove > stall.toNanos()) {
				return new Waited(false, true, now);
			}
			if (now - started > limitNanos) {
				return new Waited(false, false, now);
			}
			if (now - lastPrint > 30_000_000_000L) {
				lastPrint = now;
				printer.accept(current);
			}
			sleepMillis(pollMillis);
		}
	}

	private static void expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new Stopped(what + ": HTTP " + response.statusCode() + " (expected " + status + ")",
					List.of(shorten(response.body().replaceAll("\\s+", " "))));
		}
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	/** Member i's phone: +57300 and 7 digits, all distinct. */
	static String phone(int i) {
		return String.format(Locale.ROOT, "+57300%07d", 1_000_000 + i);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	static double secondsSince(long nanos) {
		return (System.nanoTime() - nanos) / 1e9;
	}

	static void sleepMillis(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Stopped("interrupted", List.of());
		}
	}

	static String shorten(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "..." : text;
	}

	static List<String> tail(Path file, int count) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return lines.subList(Math.max(0, lines.size() - count), lines.size());
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of("(no " + file + ")");
		}
	}

	/** The run stops: set-up failed. */
	static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final transient List<String> lines;

		Stopped(String message, List<String> lines) {
			super(message);
			this.lines = lines;
		}

	}

	// ------------------------------------------------------------------ side by side

	/** Prints the summaries of runs on several databases side by side. */
	static final class Compare {

		static void print(List<String> labelled) throws IOException {
			List<String> labels = new ArrayList<>();
			List<Map<String, String>> runs = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (String item : labelled) {
				int eq = item.indexOf('=');
				labels.add(item.substring(0, eq));
				Path file = Path.of(item.substring(eq + 1));
				Map<String, String> values = new LinkedHashMap<>();
				if (Files.exists(file)) {
					for (String text : Files.readAllLines(file)) {
						int tab = text.indexOf('\t');
						if (tab > 0) {
							values.put(text.substring(0, tab), text.substring(tab + 1));
							if (!names.contains(text.substring(0, tab))) {
								names.add(text.substring(0, tab));
							}
						}
					}
				}
				runs.add(values);
			}
			int width = names.stream().mapToInt(String::length).max().orElse(10);
			List<Integer> widths = new ArrayList<>();
			for (int i = 0; i < labels.size(); i++) {
				int w = labels.get(i).length();
				for (String name : names) {
					if (!name.endsWith("CPU")) {
						w = Math.max(w, runs.get(i).getOrDefault(name, "").length());
					}
				}
				widths.add(Math.min(w, 40));
			}
			System.out.println();
			System.out.println("== Side by side ==");
			StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", ""));
			for (int i = 0; i < labels.size(); i++) {
				head.append("  ").append(String.format(Locale.ROOT, "%-" + widths.get(i) + "s", labels.get(i)));
			}
			System.out.println(head.toString().stripTrailing());
			for (String name : names) {
				if (name.endsWith("CPU")) {
					continue;
				}
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", name));
				for (int i = 0; i < labels.size(); i++) {
					String value = runs.get(i).getOrDefault(name, runs.get(i).isEmpty() ? "(run failed)" : "n/a");
					row.append("  ").append(String.format(Locale.ROOT, "%-" + widths.get(i) + "s", value));
				}
				System.out.println(row.toString().stripTrailing());
			}
			for (int i = 0; i < labels.size(); i++) {
				String cpu = runs.get(i).get("B CPU");
				if (cpu != null) {
					System.out.println(String.format(Locale.ROOT, "%-" + width + "s  %s", "B CPU (" + labels.get(i) + ")",
							cpu));
				}
			}
		}

	}

	// ------------------------------------------------------------------ options

	record Options(Path jar, Path javaBin, int members, int threads, List<Integer> kannelThreads, int kannelSeconds,
			int kannelNumbers, int perSecond,
			String heap, int graceSeconds, double crashAt, int timeoutMinutes, int seedTimeoutMinutes, boolean keep,
			boolean inspect, Path pidFile, List<String> appArgs, List<String> jvmArgs, String secret, String database,
			Path summary, boolean profile, int warmUpAlerts) {

		static Options parse(String[] args) {
			Path jar = null;
			int members = 10_000;
			int threads = 4;
			List<Integer> kannelThreads = List.of(8, 32);
			int kannelSeconds = 30;
			int kannelNumbers = 1;
			int perSecond = 10000;
			String heap = "512m";
			int grace = 20;
			double crashAt = 0.45;
			int timeout = 20;
			int seedTimeout = 20;
			boolean keep = false;
			boolean inspect = true;
			boolean profile = false;
			int warmUpAlerts = 0;
			Path pidFile = null;
			String database = "h2";
			Path summary = null;
			List<String> appArgs = new ArrayList<>();
			List<String> jvmArgs = new ArrayList<>();
			for (int i = 0; i < args.length; i++) {
				String name = args[i];
				if (name.equals("--keep")) {
					keep = true;
					continue;
				}
				if (name.equals("--no-inspect")) {
					inspect = false;
					continue;
				}
				if (name.equals("--profile")) {
					profile = true;
					keep = true;
					continue;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				String value = args[++i];
				try {
					switch (name) {
						case "--jar" -> jar = Path.of(value);
						case "--members" -> members = Integer.parseInt(value);
						case "--threads" -> threads = Integer.parseInt(value);
						case "--kannel-threads" -> kannelThreads = Stream.of(value.split(","))
							.filter((part) -> !part.isBlank())
							.map((part) -> Integer.parseInt(part.strip()))
							.toList();
						case "--kannel-seconds" -> kannelSeconds = Integer.parseInt(value);
						case "--kannel-numbers" -> kannelNumbers = Integer.parseInt(value);
						case "--per-second" -> perSecond = Integer.parseInt(value);
						case "--heap" -> heap = value;
						case "--grace" -> grace = Integer.parseInt(value.replaceAll("s$", ""));
						case "--crash-at" -> crashAt = Double.parseDouble(value);
						case "--timeout" -> timeout = Integer.parseInt(value);
						case "--seed-timeout" -> seedTimeout = Integer.parseInt(value);
						case "--pid-file" -> pidFile = Path.of(value);
						case "--app-arg" -> appArgs.add(value);
						case "--jvm-arg" -> jvmArgs.add(value);
						case "--database" -> database = value;
						case "--summary" -> summary = Path.of(value);
						case "--warm-up-alerts" -> warmUpAlerts = Integer.parseInt(value);
						default -> throw new IllegalArgumentException("unknown option " + name);
					}
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(name + " needs a number, not " + value);
				}
			}
			if (jar == null || !Files.isRegularFile(jar)) {
				throw new IllegalArgumentException("--jar must name the app's jar");
			}
			if (members < 3 || threads < 1 || perSecond < 1 || perSecond > 10000 || grace < 1 || timeout < 1
					|| seedTimeout < 1 || kannelSeconds < 1 || kannelThreads.stream().anyMatch((t) -> t < 1)
					|| kannelNumbers < 1 || kannelNumbers > 50) {
				throw new IllegalArgumentException("--members needs at least 3; --per-second 1 to 10000; --kannel-numbers"
						+ " 1 to 50; threads, grace and timeouts at least 1");
			}
			if (warmUpAlerts < 0 || warmUpAlerts > 3 || members < 3 + warmUpAlerts) {
				throw new IllegalArgumentException("--warm-up-alerts must be 0 to 3, with --members at least 3 plus as many");
			}
			if (crashAt < 0.30 || crashAt > 0.60) {
				throw new IllegalArgumentException("--crash-at must be between 0.30 and 0.60");
			}
			Path javaBin = Path.of(ProcessHandle.current().info().command().orElse("java"));
			String secret = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
			return new Options(jar, javaBin, members, threads, kannelThreads, kannelSeconds, kannelNumbers, perSecond, heap,
					grace, crashAt, timeout,
					seedTimeout, keep, inspect, pidFile, List.copyOf(appArgs), List.copyOf(jvmArgs), secret, database, summary, profile,
					warmUpAlerts);
		}

	}

	// ------------------------------------------------------------------ files

	/** The run's temporary folder: data dir, Kannel's configuration, store and logs, app logs. */
	record Workspace(Path root) {

		static Workspace create(Options options) throws IOException {
			Path root = Files.createTempDirectory("tejido-alert-fanout-");
			Files.createDirectories(root.resolve("data"));
			Files.createDirectories(root.resolve("kannel"));
			return new Workspace(root);
		}

		Path dataDir() {
			return this.root.resolve("data");
		}

		Path kannelDir() {
			return this.root.resolve("kannel");
		}

		Path log(String name) {
			return this.root.resolve(name + ".log");
		}

		void delete() {
			try (Stream<Path> files = Files.walk(this.root)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				System.out.println("could not delete " + this.root + ": " + ex);
			}
		}

	}

	// ------------------------------------------------------------------ processes

	/**
	 * Every process this run started: their ids go to the wrapper's pid file (so that the
	 * wrapper can stop them if this program is killed), and they are stopped at the end,
	 * however it ends.
	 */
	static final class Processes {

		private final Path pidFile;

		private final List<Process> started = new ArrayList<>();

		private volatile boolean stopping;

		Processes(Path pidFile) {
			this.pidFile = pidFile;
		}

		synchronized Process start(String name, ProcessBuilder builder) throws IOException {
			Process process = builder.start();
			this.started.add(process);
			if (this.pidFile != null) {
				Files.writeString(this.pidFile, process.pid() + " " + name + "\n", StandardCharsets.UTF_8,
						java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			}
			return process;
		}

		boolean stopping() {
			return this.stopping;
		}

		/** Stops the processes still running, the last started first: SIGTERM, then SIGKILL after 10 s. */
		void stopAll() {
			this.stopping = true;
			List<Process> running;
			synchronized (this) {
				running = new ArrayList<>(this.started.reversed());
			}
			for (Process process : running) {
				if (process.isAlive()) {
					process.destroy();
				}
			}
			long deadline = System.nanoTime() + 10_000_000_000L;
			for (Process process : running) {
				try {
					long left = Math.max(1, deadline - System.nanoTime());
					if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
						process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
					}
				}
				catch (InterruptedException ex) {
					process.destroyForcibly();
				}
			}
		}

	}

	/** Tejido, started as its own JVM. */
	static final class App {

		final Process process;

		final int port;

		final Path log;

		long startMillis;

		private App(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		static App start(Options options, Workspace workspace, int port, String name, Processes processes)
				throws Exception {
			List<String> command = new ArrayList<>(List.of(options.javaBin().toString()));
			command.addAll(options.jvmArgs());
			command.addAll(List.of("-Xmx" + options.heap(), "-jar", options.jar().toString(), "--server.port=" + port,
					"--tejido.data-dir=" + workspace.dataDir(), "--tejido.library.load-seed-catalogue=false",
					"--tejido.site-url=http://localhost:" + port,
					"--tejido.messaging.inbound-secret=" + options.secret(),
					"--tejido.messaging.callback-url=http://127.0.0.1:" + port,
					"--tejido.messaging.sending-grace=" + options.graceSeconds() + "s",
					"--tejido.collectives.idle-timeout=120m", "--tejido.accounts.session-idle-timeout=120m"));
			options.appArgs().forEach((arg) -> command.add(arg.replace("{data}", workspace.dataDir().toString())));
			Path log = workspace.log(name);
			long started = System.nanoTime();
			Process process = processes.start(name,
					new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.appendTo(log.toFile())));
			App app = new App(process, port, log);
			app.startMillis = app.waitUntilHealthy(started);
			return app;
		}

		long pid() {
			return this.process.pid();
		}

		private long waitUntilHealthy(long startedNanos) throws Exception {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
				.timeout(Duration.ofSeconds(2))
				.build();
			long deadline = startedNanos + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new Stopped("the app exited during start-up (exit code " + this.process.exitValue() + ")",
							logTail(20));
				}
				try {
					HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
						return (System.nanoTime() - startedNanos) / 1_000_000;
					}
				}
				catch (IOException ex) {
					// not yet
				}
				Thread.sleep(50);
			}
			throw new Stopped("the app was not healthy after 5 min", logTail(20));
		}

		void kill9() throws InterruptedException {
			this.process.destroyForcibly();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				throw new Stopped("the app did not die from SIGKILL within 30 s", List.of());
			}
		}

		Optional<String> springStartLine() {
			try (Stream<String> lines = Files.lines(this.log)) {
				return lines.map((line) -> line.replaceAll(".*(Started \\S+ in [0-9.]+ seconds).*", "$1"))
					.filter((line) -> line.startsWith("Started "))
					.findFirst();
			}
			catch (IOException | UncheckedIOException ex) {
				return Optional.empty();
			}
		}

		List<String> logTail(int count) {
			List<String> lines = new ArrayList<>();
			try {
				List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
				all.stream()
					.filter((line) -> line.contains(" ERROR ") || line.contains(" WARN ") || line.startsWith("Caused by"))
					.limit(30)
					.forEach(lines::add);
				lines.add("... last lines of " + this.log + ":");
				lines.addAll(all.subList(Math.max(0, all.size() - count), all.size()));
			}
			catch (IOException | UncheckedIOException ex) {
				lines.add("(no log " + this.log + ")");
			}
			return lines;
		}

	}

	// ------------------------------------------------------------------ Kannel

	/** Where a phone's SMS went in: when the injecting fakesmsc started and when bearerbox counted it. */
	record Injection(long startNanos, long countedNanos) {

		long countedMillis() {
			return (this.countedNanos - this.startNanos) / 1_000_000;
		}

	}

	/**
	 * Kannel on loopback: bearerbox, smsbox and two fake SMS centre connections, as in the
	 * tests' {@code support/Kannel.java}: {@code phones}, to which one long-running
	 * fakesmsc stays connected and prints every SMS sent to a phone; and {@code handsets},
	 * through which a short-lived fakesmsc injects one SMS from a phone, stopped once
	 * bearerbox's status page counts it.
	 */
	static final class Kannel {

		static final String BEARERBOX = "/usr/sbin/bearerbox";

		static final String SMSBOX = "/usr/sbin/smsbox";

		static final String FAKESMSC = "/usr/lib/kannel/test/fakesmsc";

		static final String USERNAME = "tejido";

		final Path folder;

		final int adminPort;

		final int smsboxPort;

		final int phonesPort;

		final int handsetsPort;

		final int sendsmsPort;

		final String password = "pw-" + UUID.randomUUID();

		final Processes processes;

		final HttpClient status = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

		volatile Process bearerbox;

		volatile Process smsbox;

		/** The boxes that exited and were started again, in order. */
		final List<BoxRestart> restarts = new java.util.concurrent.CopyOnWriteArrayList<>();

		Process phonesProcess;

		PhoneLog phoneLog;

		private Kannel(Path folder, Processes processes) throws IOException {
			this.folder = folder;
			this.processes = processes;
			this.adminPort = freePort();
			this.smsboxPort = freePort();
			this.phonesPort = freePort();
			this.handsetsPort = freePort();
			this.sendsmsPort = freePort();
		}

		static Kannel start(Path folder, int relayPort, String secret, Processes processes) throws Exception {
			for (String binary : List.of(BEARERBOX, SMSBOX, FAKESMSC)) {
				if (!Files.isExecutable(Path.of(binary))) {
					throw new Stopped(binary + " is missing (apt-get install kannel kannel-extras)", List.of());
				}
			}
			Kannel kannel = new Kannel(folder, processes);
			Files.writeString(kannel.config(), kannel.configuration(relayPort, secret));
			// "-v 2": warnings and errors on the console; the log files get what kannel.conf says (info).
			// Kannel's default console level (debug) would write some 400 MB per 10,000-member run.
			kannel.bearerbox = kannel.run("bearerbox", BEARERBOX, "-v", "2", kannel.config().toString());
			kannel.await("bearerbox", () -> kannel.statusPage().contains("Status: running"));
			kannel.smsbox = kannel.run("smsbox", SMSBOX, "-v", "2", kannel.config().toString());
			kannel.await("smsbox", () -> kannel.statusPage().contains("smsbox:"));
			kannel.keepBoxesRunning();
			Path phones = folder.resolve("fakesmsc-phones.log");
			kannel.phonesProcess = processes.start("fakesmsc",
					new ProcessBuilder(FAKESMSC, "-H", "127.0.0.1", "-r", String.valueOf(kannel.phonesPort), "-i",
							"86400", "-m", "2", "nothing")
						.redirectErrorStream(true)
						.redirectOutput(Redirect.appendTo(phones.toFile())));
			kannel.phoneLog = PhoneLog.tail(phones);
			kannel.await("fakesmsc",
					() -> kannel.statusPage().matches("(?s).*phones\\[phones\\]\\s+FAKE:\\d+ \\(online.*"));
			return kannel;
		}

		String sendsmsUrl() {
			return "http://127.0.0.1:" + this.sendsmsPort + "/cgi-bin/sendsms";
		}

		String version() {
			Matcher version = Pattern.compile("Kannel bearerbox version `([^']+)'").matcher(statusPage());
			return version.find() ? "Kannel " + version.group(1) : "Kannel (version unknown)";
		}

		/** One sendsms GET; gives Kannel's answer, or the error. */
		String sendsms(HttpClient client, String from, String to, String text, String dlrUrl) {
			String query = "username=" + USERNAME + "&password=" + enc(this.password) + "&from=" + enc(from) + "&to="
					+ enc(to) + "&text=" + enc(text) + "&charset=UTF-8"
					+ ((dlrUrl != null) ? "&dlr-mask=31&dlr-url=" + enc(dlrUrl) : "");
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create(sendsmsUrl() + "?" + query))
							.timeout(Duration.ofSeconds(30))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				return (response.statusCode() / 100 == 2) ? response.body().strip()
						: "HTTP " + response.statusCode() + " " + response.body().strip();
			}
			catch (IOException ex) {
				return ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "interrupted";
			}
		}

		/**
		 * A phone sends an SMS: a short-lived fakesmsc on the handsets connection, stopped
		 * once bearerbox counted the message (the fake SMS centre drops a line that arrives
		 * together with the end of its connection).
		 */
		Injection phoneSends(String from, String to, String text) throws Exception {
			long before = handsetMessages();
			long started = System.nanoTime();
			Process injector = this.processes.start("fakesmsc-inject",
					new ProcessBuilder(FAKESMSC, "-H", "127.0.0.1", "-r", String.valueOf(this.handsetsPort), "-i",
							"0.05", "-m", "1", from + " " + to + " text " + text)
						.redirectErrorStream(true)
						.redirectOutput(Redirect.appendTo(this.folder.resolve("fakesmsc-inject.log").toFile())));
			long counted;
			try {
				await("an SMS from a phone", () -> handsetMessages() > before);
				counted = System.nanoTime();
			}
			finally {
				injector.destroy();
				if (!injector.waitFor(10, TimeUnit.SECONDS)) {
					injector.destroyForcibly();
				}
			}
			return new Injection(started, counted);
		}

		private long handsetMessages() {
			Matcher count = Pattern.compile("handsets\\[handsets\\][^\\n]*rcvd: sms (\\d+)").matcher(statusPage());
			return count.find() ? Long.parseLong(count.group(1)) : 0;
		}

		String statusPage() {
			try {
				return this.status
					.send(HttpRequest
						.newBuilder(URI.create(
								"http://127.0.0.1:" + this.adminPort + "/status.txt?password=" + this.password))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body();
			}
			catch (IOException ex) {
				return "";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
		}

		/**
		 * Starts bearerbox or smsbox again whenever it exits, as Debian's {@code run_kannel_box}
		 * does for the package's boxes. smsbox 1.4.5 can PANIC when the app it calls dies in
		 * the middle of calls (an assertion in its HTTP client): without this, a kill -9 of the
		 * app could take smsbox with it, and the benchmark would count Kannel's crash as
		 * messages Tejido lost. The wrapper starts a box again at once unless it started less
		 * than a minute before; a Kannel in service has run for days, this one for a minute or
		 * two, so here a box is started again at once, at most once a second.
		 */
		private void keepBoxesRunning() {
			Thread.ofPlatform().daemon().name("kannel-boxes").start(() -> {
				long[] started = { System.nanoTime(), System.nanoTime() };
				while (!this.processes.stopping()) {
					for (int box = 0; box < 2; box++) {
						String name = (box == 0) ? "bearerbox" : "smsbox";
						Process process = (box == 0) ? this.bearerbox : this.smsbox;
						if (process.isAlive() || this.processes.stopping()) {
							continue;
						}
						long exited = System.nanoTime();
						long wait = started[box] + Duration.ofSeconds(1).toNanos() - exited;
						if (wait > 0) {
							sleepMillis(wait / 1_000_000);
						}
						try {
							Process again = run(name, (box == 0) ? BEARERBOX : SMSBOX, "-v", "2", config().toString());
							started[box] = System.nanoTime();
							this.restarts.add(new BoxRestart(name, exited, started[box], process.exitValue(), panic(name)));
							if (box == 0) {
								this.bearerbox = again;
							}
							else {
								this.smsbox = again;
							}
						}
						catch (IOException ex) {
							return;
						}
					}
					sleepMillis(50);
				}
			});
		}

		/** The last PANIC a box wrote to its log, if any (its message, not the backtrace). */
		private String panic(String box) {
			try (Stream<String> lines = Files.lines(this.folder.resolve(box + ".log"), StandardCharsets.ISO_8859_1)) {
				return lines.filter((line) -> line.contains("PANIC: ") && !line.matches(".*PANIC: /.*"))
					.reduce((first, second) -> second)
					.map((line) -> line.substring(line.indexOf("PANIC: ")))
					.orElse("no PANIC in its log");
			}
			catch (IOException | java.io.UncheckedIOException ex) {
				return "its log unread: " + ex.getMessage();
			}
		}

		/** Restarts of a box since this moment (the kill), described. */
		List<String> restartsSince(long nanos) {
			return this.restarts.stream()
				.filter((restart) -> restart.exitedNanos() >= nanos)
				.map((restart) -> restart.describe((restart.exitedNanos() - nanos) / 1e9, "after the kill"))
				.toList();
		}

		/**
		 * Restarts of a box before this moment (the kill, or the end of a run without one),
		 * described: during (A), the warm-ups or (B), where the box's CPU then counts only from
		 * its restart.
		 */
		List<String> restartsBefore(long nanos, String moment) {
			return this.restarts.stream()
				.filter((restart) -> restart.exitedNanos() < nanos)
				.map((restart) -> restart.describe((nanos - restart.exitedNanos()) / 1e9, "before " + moment))
				.toList();
		}

		long[] pids() {
			return Stream.of(this.bearerbox, this.smsbox, this.phonesProcess)
				.filter((p) -> p != null)
				.mapToLong(Process::pid)
				.toArray();
		}

		private Process run(String name, String... command) throws IOException {
			return this.processes.start(name, new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(this.folder.resolve(name + ".out").toFile())));
		}

		private void await(String what, BooleanSupplier ready) {
			long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!ready.getAsBoolean()) {
				if (System.nanoTime() > end) {
					List<String> lines = new ArrayList<>(tail(this.folder.resolve("bearerbox.log"), 10));
					lines.addAll(tail(this.folder.resolve("smsbox.log"), 10));
					throw new Stopped(what + " did not start or count within 30 s; see " + this.folder, lines);
				}
				sleepMillis(20);
			}
		}

		private Path config() {
			return this.folder.resolve("kannel.conf");
		}

		/**
		 * The tests' configuration, with smsbox retrying its calls to Tejido for about two
		 * minutes (60 tries, 2 s apart) so that delivery reports outlive a restart.
		 */
		private String configuration(int relayPort, String secret) {
			String folder = this.folder.toString();
			return """
					group = core
					admin-port = %d
					admin-password = %s
					admin-interface = 127.0.0.1
					smsbox-port = %d
					box-allow-ip = 127.0.0.1
					store-type = file
					store-location = %s/store
					log-file = %s/bearerbox.log
					log-level = 1

					group = smsc
					smsc = fake
					smsc-id = phones
					port = %d
					connect-allow-ip = 127.0.0.1

					group = smsc
					smsc = fake
					smsc-id = handsets
					port = %d
					connect-allow-ip = 127.0.0.1
					allowed-smsc-id = handsets

					group = smsbox
					bearerbox-host = 127.0.0.1
					bearerbox-port = %d
					sendsms-port = %d
					sendsms-interface = 127.0.0.1
					http-request-retry = 60
					http-queue-delay = 2
					log-file = %s/smsbox.log
					log-level = 1

					group = sendsms-user
					username = %s
					password = %s
					max-messages = 10
					concatenation = true

					group = sms-service
					keyword = default
					catch-all = true
					max-messages = 0
					omit-empty = true
					get-url = "http://127.0.0.1:%d/sms/kannel/inbound?secret=%s&from=%%p&to=%%P&text=%%b&charset=%%C&id=%%I"
					""".formatted(this.adminPort, this.password, this.smsboxPort, folder, folder, this.phonesPort,
					this.handsetsPort, this.smsboxPort, this.sendsmsPort, folder, USERNAME, this.password, relayPort,
					secret);
		}

		private static String enc(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Tails the file fakesmsc writes, and keeps every SMS it printed as received by a phone,
	 * with the moment this program read it; the parts of a long SMS are joined.
	 */
	static final class PhoneLog {

		private static final Pattern GOT = Pattern.compile("Got message \\d+: <(.*)>\\s*$");

		record Got(long nanos, String from, String to, String text) {
		}

		private final Path file;

		private final List<Got> got = new ArrayList<>();

		private final Map<String, byte[][]> partial = new HashMap<>();

		private PhoneLog(Path file) {
			this.file = file;
		}

		static PhoneLog tail(Path file) {
			PhoneLog log = new PhoneLog(file);
			Thread reader = new Thread(log::follow, "fakesmsc-tail");
			reader.setDaemon(true);
			reader.start();
			return log;
		}

		private void follow() {
			long end = System.nanoTime() + Duration.ofHours(6).toNanos();
			try {
				while (!Files.exists(this.file) && System.nanoTime() < end) {
					Thread.sleep(5);
				}
				try (RandomAccessFile in = new RandomAccessFile(this.file.toFile(), "r")) {
					byte[] buffer = new byte[1 << 16];
					java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
					while (System.nanoTime() < end) {
						int read = in.read(buffer);
						if (read <= 0) {
							Thread.sleep(5);
							continue;
						}
						long now = System.nanoTime();
						for (int i = 0; i < read; i++) {
							if (buffer[i] == '\n') {
								line(line.toString(StandardCharsets.ISO_8859_1), now);
								line.reset();
							}
							else {
								line.write(buffer[i]);
							}
						}
					}
				}
			}
			catch (IOException | InterruptedException ex) {
				// the run is over
			}
		}

		private synchronized void line(String text, long nanos) {
			Matcher got = GOT.matcher(text);
			if (!got.find()) {
				return;
			}
			String[] fields = got.group(1).split(" ", 4);
			if (fields.length < 4) {
				return;
			}
			switch (fields[2]) {
				case "text" -> this.got.add(new Got(nanos, fields[0], fields[1],
						new String(fields[3].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)));
				case "ucs-2" -> this.got
					.add(new Got(nanos, fields[0], fields[1], new String(bytes(fields[3]), StandardCharsets.UTF_16BE)));
				case "udh" -> part(nanos, fields[0], fields[1], fields[3]);
				default -> this.got
					.add(new Got(nanos, fields[0], fields[1], new String(bytes(fields[3]), StandardCharsets.UTF_8)));
			}
		}

		private void part(long nanos, String from, String to, String udhAndData) {
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
			java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
			for (byte[] part : parts) {
				whole.writeBytes(part);
			}
			byte[] joined = whole.toByteArray();
			boolean utf16 = false;
			for (byte b : joined) {
				utf16 |= (b >= 0 && b < 0x20 && b != '\n' && b != '\r');
			}
			this.got.add(new Got(nanos, from, to,
					new String(joined, utf16 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8)));
		}

		private static byte[] bytes(String urlEncoded) {
			return URLDecoder.decode(urlEncoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
		}

		synchronized int size() {
			return this.got.size();
		}

		synchronized List<Got> since(int index) {
			return List.copyOf(this.got.subList(Math.min(index, this.got.size()), this.got.size()));
		}

		synchronized int countContaining(int from, String marker) {
			int count = 0;
			for (int i = from; i < this.got.size(); i++) {
				count += this.got.get(i).text().contains(marker) ? 1 : 0;
			}
			return count;
		}

		/** The moment the last SMS holding the marker was read, or 0. */
		synchronized long lastContaining(int from, String marker) {
			for (int i = this.got.size() - 1; i >= from; i--) {
				if (this.got.get(i).text().contains(marker)) {
					return this.got.get(i).nanos();
				}
			}
			return 0;
		}

	}

	/**
	 * One alert's messages as fakesmsc printed them: the reporter's confirmation, and the
	 * tier's messages to everyone else (any SMS to a member holding "ALERT code", where the
	 * code is the first one seen after the injection). Updated incrementally.
	 */
	static final class Tally {

		private final PhoneLog log;

		private final Set<String> members;

		private final String reporter;

		private final Set<String> otherCodes;

		private int next;

		private String code;

		private final Map<String, Integer> received = new HashMap<>();

		private final List<Long> times = new ArrayList<>();

		private int confirmations;

		private long confirmationNanos;

		private long firstNanos;

		private long lastNanos;

		private int tierMessages;

		private int strays;

		Tally(PhoneLog log, List<String> members, String reporter, Set<String> otherCodes) {
			this.log = log;
			this.members = Set.copyOf(members);
			this.reporter = reporter;
			this.otherCodes = otherCodes;
			this.next = log.size();
		}

		synchronized Tally update() {
			List<PhoneLog.Got> fresh = this.log.since(this.next);
			this.next += fresh.size();
			for (PhoneLog.Got sms : fresh) {
				Matcher found = CODE_IN_TEXT.matcher(sms.text());
				if (!found.find() || this.otherCodes.contains(found.group(1))) {
					continue;
				}
				if (this.code == null) {
					this.code = found.group(1);
				}
				if (!this.code.equals(found.group(1))) {
					this.strays++;
					continue;
				}
				if (sms.to().equals(this.reporter)) {
					this.confirmations++;
					if (this.confirmationNanos == 0) {
						this.confirmationNanos = sms.nanos();
					}
				}
				else if (this.members.contains(sms.to())) {
					this.tierMessages++;
					this.received.merge(sms.to(), 1, Integer::sum);
					this.times.add(sms.nanos());
					if (this.firstNanos == 0) {
						this.firstNanos = sms.nanos();
					}
					this.lastNanos = sms.nanos();
				}
				else {
					this.strays++;
				}
			}
			return this;
		}

		synchronized boolean complete() {
			update();
			return this.received.size() >= expected() && this.confirmations > 0;
		}

		int expected() {
			return this.members.size() - 1;
		}

		synchronized int recipients() {
			return this.received.size();
		}

		synchronized int duplicated() {
			return (int) this.received.values().stream().filter((n) -> n > 1).count();
		}

		synchronized int extraMessages() {
			return this.tierMessages - this.received.size();
		}

		synchronized int missing() {
			return expected() - this.received.size();
		}

		synchronized String code() {
			return this.code;
		}

		synchronized int confirmations() {
			return this.confirmations;
		}

		synchronized long confirmationNanos() {
			return this.confirmationNanos;
		}

		synchronized long firstNanos() {
			return this.firstNanos;
		}

		synchronized long lastNanos() {
			return this.lastNanos;
		}

		/** When the first tier message after a moment was read, or 0. */
		synchronized long firstAfter(long nanos) {
			return this.times.stream().filter((time) -> time > nanos).findFirst().orElse(0L);
		}

		synchronized int strays() {
			return this.strays;
		}

		/** Tier messages read up to a moment (for the rate in the steady part). */
		synchronized int tierMessages() {
			return this.tierMessages;
		}

	}

	/**
	 * Sits between smsbox and Tejido for incoming SMS (smsbox's get-url points here), to
	 * record when Kannel called Tejido and when Tejido answered. Answers 503 when Tejido
	 * cannot be reached, so that smsbox tries again.
	 */
	static final class InboundRelay {

		record Call(long inNanos, long outNanos, int status) {
		}

		private final HttpServer server;

		private final List<Call> calls = new ArrayList<>();

		private InboundRelay(HttpServer server) {
			this.server = server;
		}

		static InboundRelay start(int appPort) throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
			InboundRelay relay = new InboundRelay(server);
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			server.createContext("/", (exchange) -> {
				long in = System.nanoTime();
				int status;
				try {
					HttpResponse<byte[]> answer = client.send(
							HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + exchange.getRequestURI()))
								.timeout(Duration.ofSeconds(30))
								.build(),
							HttpResponse.BodyHandlers.ofByteArray());
					status = answer.statusCode();
				}
				catch (IOException | InterruptedException ex) {
					status = 503;
				}
				relay.record(new Call(in, System.nanoTime(), status));
				exchange.getResponseHeaders().add("Content-Type", "text/plain");
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			server.setExecutor(Executors.newFixedThreadPool(4, (runnable) -> {
				Thread thread = new Thread(runnable, "relay");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return relay;
		}

		private synchronized void record(Call call) {
			this.calls.add(call);
		}

		synchronized List<Call> calls() {
			return List.copyOf(this.calls);
		}

		/** The calls after so many: when each came (ms after a moment) and Tejido's answer. */
		synchronized String describe(int index, long since) {
			List<Call> fresh = this.calls.subList(Math.min(index, this.calls.size()), this.calls.size());
			return fresh.isEmpty() ? "no call from smsbox" : fresh.size() + " call(s) from smsbox: "
					+ fresh.stream()
						.map((call) -> String.format(Locale.ROOT, "+%,d ms answered %d", (call.inNanos() - since) / 1_000_000,
								call.status()))
						.collect(Collectors.joining(", "));
		}

		/** The first call Tejido answered with 200 after so many calls, if any came. */
		synchronized Optional<Call> firstCallAfter(int index) {
			return this.calls.subList(Math.min(index, this.calls.size()), this.calls.size())
				.stream()
				.filter((call) -> call.status() == 200)
				.findFirst();
		}

		int port() {
			return this.server.getAddress().getPort();
		}

	}

	/** Takes the delivery reports Kannel sends for the messages of (A), and counts them. */
	static final class DlrSink {

		private final HttpServer server;

		private final AtomicInteger calls = new AtomicInteger();

		private volatile long lastNanos;

		private DlrSink(HttpServer server) {
			this.server = server;
		}

		static DlrSink start() throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
			DlrSink sink = new DlrSink(server);
			server.createContext("/", (exchange) -> {
				sink.lastNanos = System.nanoTime();
				sink.calls.incrementAndGet();
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.setExecutor(Executors.newFixedThreadPool(2, (runnable) -> {
				Thread thread = new Thread(runnable, "dlr-sink");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return sink;
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/dlr?status=%d";
		}

		int calls() {
			return this.calls.get();
		}

		long lastNanos() {
			return this.lastNanos;
		}

	}

	// ------------------------------------------------------------------ the browser

	/**
	 * A browser without JavaScript, as the tests' support/Browser.java: keeps its cookies
	 * itself (the session cookie is Secure, which Java's cookie handling would not send over
	 * http://localhost), submits forms with their hidden fields (the CSRF token), and
	 * follows no redirects. Safe for several threads sharing one session.
	 */
	static final class Browser {

		private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final String base;

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		private volatile String lastPage = "";

		Browser(int port) {
			this.base = "http://localhost:" + port;
		}

		HttpResponse<String> get(String path) {
			HttpResponse<String> response = send(request(path).GET().build());
			this.lastPage = response.body();
			return response;
		}

		/** Posts a form with the hidden fields of the last page read, unless given. */
		HttpResponse<String> submit(String action, String... fields) {
			Map<String, String> all = new LinkedHashMap<>();
			for (int i = 0; i < fields.length; i += 2) {
				all.put(fields[i], fields[i + 1]);
			}
			hiddenFields(this.lastPage).forEach(all::putIfAbsent);
			HttpResponse<String> response = post(action, form(all));
			this.lastPage = response.body();
			return response;
		}

		HttpResponse<String> post(String path, String body) {
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		static Map<String, String> hiddenFields(String page) {
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher hidden = HIDDEN.matcher(page);
			while (hidden.find()) {
				fields.putIfAbsent(hidden.group(1), hidden.group(2).replace("&#34;", "\"").replace("&amp;", "&"));
			}
			return fields;
		}

		static String form(Map<String, String> fields) {
			return fields.entrySet()
				.stream()
				.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofMinutes(3));
			if (!this.cookies.isEmpty()) {
				builder.header("Cookie", this.cookies.entrySet()
					.stream()
					.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
			return builder;
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
				for (String header : response.headers().allValues("Set-Cookie")) {
					String[] pair = header.split(";", 2)[0].split("=", 2);
					if (pair.length == 2 && header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
						this.cookies.remove(pair[0]);
					}
					else if (pair.length == 2) {
						this.cookies.put(pair[0], pair[1]);
					}
				}
				return response;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(request.method() + " " + request.uri().getPath() + ": " + ex, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Stopped("interrupted", List.of());
			}
		}

	}

	/** RFC 6238 codes: HMAC-SHA1, 30-second steps, 6 digits, as authenticator apps make them. */
	static final class Totp {

		static String code(String base32Secret, long epochSeconds) throws Exception {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochSeconds / 30).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}

		/** RFC 4648 base 32, upper case, padding and spaces ignored. */
		static byte[] base32(String text) {
			String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			int buffer = 0;
			int bits = 0;
			for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
				int value = alphabet.indexOf(c);
				if (value < 0) {
					continue;
				}
				buffer = (buffer << 5) | value;
				bits += 5;
				if (bits >= 8) {
					out.write((buffer >> (bits - 8)) & 0xff);
					bits -= 8;
				}
			}
			return out.toByteArray();
		}

	}

	// ------------------------------------------------------------------ CPU

	/**
	 * Where the machine's CPU went during a phase, in CPU-milliseconds: Tejido, Kannel
	 * (bearerbox, smsbox, the phones' fakesmsc), this program, and everything else.
	 */
	record CpuUse(long appMillis, long kannelMillis, long selfMillis, long otherMillis, long wallMillis) {

		static CpuUse between(Snapshot before, Snapshot after) {
			long app = Math.max(0, after.app() - before.app());
			long kannel = Math.max(0, after.kannel() - before.kannel());
			long self = after.self() - before.self();
			long busy = after.busy() - before.busy();
			return new CpuUse(app * 10, kannel * 10, self * 10, Math.max(0, busy - app - kannel - self) * 10,
					(after.nanos() - before.nanos()) / 1_000_000);
		}

		double percent(long millis) {
			return (this.wallMillis > 0) ? 100.0 * millis / this.wallMillis : 0;
		}

		String describe() {
			return String.format(Locale.ROOT,
					"Tejido %.0f%%, Kannel %.0f%%, this program %.0f%%, other processes %.0f%% (of one core; %d cores)",
					percent(this.appMillis), percent(this.kannelMillis), percent(this.selfMillis),
					percent(this.otherMillis), Runtime.getRuntime().availableProcessors());
		}

		/** Clock ticks (1/100 s) at one moment. */
		record Snapshot(long busy, long app, long kannel, long self, long nanos) {

			static Snapshot take(App app, Kannel kannel) {
				long kannelTicks = 0;
				for (long pid : kannel.pids()) {
					kannelTicks += Math.max(0, ticks(pid));
				}
				return new Snapshot(machineBusy(), Math.max(0, ticks(app.pid())), kannelTicks,
						ticks(ProcessHandle.current().pid()), System.nanoTime());
			}

			private static long machineBusy() {
				try {
					String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
					long busy = 0;
					for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
						busy += Long.parseLong(cpu[i]);
					}
					return busy;
				}
				catch (IOException | RuntimeException ex) {
					return 0;
				}
			}

			static long ticks(long pid) {
				try {
					String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException ex) {
					return -1;
				}
			}

		}

	}

	/**
	 * Tejido's CPU during a phase by group of threads, in nanoseconds: threads are grouped
	 * by their name with the digits taken out, as Linux keeps it (the first 15 characters
	 * of a Java thread's name). A thread that ended during the phase takes its time with
	 * it; the process's own count keeps it, so the gap is shown as "ended threads".
	 */
	record ThreadCpu(Map<String, Long> groups, long processNanos) {

		static final ThreadCpu NONE = new ThreadCpu(Map.of(), 0);

		private static final Map<String, String> KNOWN = Map.of("http-nio-N-", "Tomcat (Kannel's reports)",
				"db-scheduler-po", "db-scheduler jobs (dispatcher, tier waves)", "ForkJoinPool-N-",
				"virtual threads (report and outcome writers, calls to Kannel)", "VM Thread",
				"VM thread (the serial collector)", "CN CompilerThre", "JIT compilers");

		static ThreadCpu between(Snapshot before, Snapshot after) {
			if (before.threads().isEmpty() || after.threads().isEmpty()) {
				return NONE;
			}
			Map<String, Long> groups = new HashMap<>();
			long counted = 0;
			for (Map.Entry<String, Long> thread : after.threads().entrySet()) {
				long used = thread.getValue() - before.threads().getOrDefault(thread.getKey(), 0L);
				groups.merge(thread.getKey().substring(thread.getKey().indexOf('\t') + 1), used, Long::sum);
				counted += used;
			}
			long process = after.processNanos() - before.processNanos();
			// the process's count is in ticks: a gap under two of them is rounding
			if (process - counted > 20_000_000L) {
				groups.put("ended threads", process - counted);
			}
			return new ThreadCpu(groups, Math.max(process, counted));
		}

		/**
		 * The whole and the largest groups in microseconds of CPU per message: "712 us a
		 * message: 198 Tomcat (Kannel's reports), ...".
		 */
		String perMessage(int messages) {
			if (this.groups.isEmpty() || messages <= 0) {
				return "n/a (no /proc)";
			}
			double scale = 1e-3 / messages;
			String largest = this.groups.entrySet()
				.stream()
				.filter((group) -> group.getValue() > 0)
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(6)
				.map((group) -> String.format(Locale.ROOT, "%.0f %s", group.getValue() * scale,
						KNOWN.getOrDefault(group.getKey(), group.getKey())))
				.collect(Collectors.joining(", "));
			return String.format(Locale.ROOT, "%.0f us a message: %s", this.processNanos * scale, largest);
		}

		/**
		 * Each thread's time on a CPU, keyed by its id and its group's name, from its
		 * {@code schedstat} (exact, where {@code stat} rounds each thread down to ticks of
		 * 10 ms); and the process's, from its {@code stat}.
		 */
		record Snapshot(Map<String, Long> threads, long processNanos) {

			static final Snapshot NONE = new Snapshot(Map.of(), 0);

			static Snapshot take(long pid) {
				Map<String, Long> threads = new HashMap<>();
				try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
					for (Path task : tasks.toList()) {
						try {
							String stat = Files.readString(task.resolve("stat"));
							String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
								.replaceAll("[0-9]+", "N");
							long onCpu = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
							threads.put(task.getFileName() + "\t" + name, onCpu);
						}
						catch (IOException | RuntimeException ex) {
							// the thread ended while being read
						}
					}
				}
				catch (IOException | UncheckedIOException ex) {
					return NONE;
				}
				return new Snapshot(threads, Math.max(0, CpuUse.Snapshot.ticks(pid)) * 10_000_000L);
			}

		}

	}

	// ------------------------------------------------------------------ results

	/**
	 * A run straight to Kannel; with several numbers a request, requests and acceptances
	 * are counted in messages.
	 */
	record KannelRun(int threads, int numbers, boolean reports, int planned, int requests, int accepted, int refused,
			String firstRefusal, double answerSeconds, int printed, double printedSeconds, CpuUse cpu) {

		String label() {
			return "A Kannel alone, " + this.threads + " thread" + (this.threads == 1 ? "" : "s")
					+ ((this.numbers > 1) ? ", " + this.numbers + " numbers a request" : "")
					+ (this.reports ? ", with DLR" : ", no DLR");
		}

		/** What the rates count: requests, or messages when a request has several numbers. */
		String unit() {
			return (this.numbers > 1) ? "msg" : "req";
		}


		double acceptedPerSecond() {
			return this.accepted / this.answerSeconds;
		}

		double printedPerSecond() {
			return this.printed / this.printedSeconds;
		}

	}

	/** (B): one report's fan-out. */
	static final class Fanout {

		final String name;

		final Injection injection;

		final Optional<InboundRelay.Call> call;

		final Tally tally;

		final Waited waited;

		final CpuUse cpu;

		final int expected;

		double drainedSeconds = -1;

		/** Messages the outbox had as delivered before this fan-out's report. */
		long deliveredBefore;

		String callsSeen = "";

		ThreadCpu.Snapshot threadsAtReport = ThreadCpu.Snapshot.NONE;

		ThreadCpu threads = ThreadCpu.NONE;

		Map<String, Long> drainedCounts = Map.of();

		Fanout(String name, Injection injection, Optional<InboundRelay.Call> call, Tally tally, Waited waited,
				CpuUse cpu, int expected) {
			this.name = name;
			this.injection = injection;
			this.call = call;
			this.tally = tally;
			this.waited = waited;
			this.cpu = cpu;
			this.expected = expected;
		}

		Injection injection() {
			return this.injection;
		}

		Tally tally() {
			return this.tally;
		}

		void setDrained(double seconds, Map<String, Long> counts) {
			this.drainedSeconds = seconds;
			this.drainedCounts = counts;
		}

		double sinceInjection(long nanos) {
			return (nanos == 0) ? Double.NaN : (nanos - this.injection.startNanos()) / 1e9;
		}

		double rate() {
			long span = this.tally.lastNanos() - this.tally.firstNanos();
			return (span > 0) ? (this.tally.tierMessages() - 1) / (span / 1e9) : Double.NaN;
		}

	}

	/** A Kannel box that exited, when it was started again, and the PANIC in its log. */
	record BoxRestart(String box, long exitedNanos, long startedNanos, int exitCode, String panic) {

		String describe(double seconds, String when) {
			return String.format(Locale.ROOT, "%s exited (code %d) %.1f s %s, started again %.1f s later: %s", this.box,
					this.exitCode, seconds, when, (this.startedNanos - this.exitedNanos) / 1e9, this.panic);
		}

	}

	/** (C): the fan-out with a crash in the middle. */
	record Crash(boolean happened, Tally tally, Injection injection, Optional<InboundRelay.Call> call, long killedNanos,
			int atKill, long deadNanos, long inspectedNanos, long healthyNanos, Waited waited, long watchSeconds,
			Map<String, Long> atCrash, Map<String, Long> after, long oldPid, long restartMillis,
			List<String> boxRestarts) {

		static Crash none(Tally tally) {
			return new Crash(false, tally, null, Optional.empty(), 0, 0, 0, 0, 0, null, 0, Map.of(), Map.of(), 0, 0,
					List.of());
		}

		double sinceInjection(long nanos) {
			return (nanos == 0) ? Double.NaN : (nanos - this.injection.startNanos()) / 1e9;
		}

	}

	// ------------------------------------------------------------------ report

	/** Prints the report as the run goes, and the table of figures at the end. */
	static final class Report {

		private final List<KannelRun> kannelRuns = new ArrayList<>();

		private String seeding = "";

		String kannelVersion = "Kannel";

		private Options options;

		private Path h2File;

		void header(Options options, Workspace workspace) {
			this.options = options;
			this.h2File = workspace.dataDir().resolve("db/tejido.mv.db");
			line("Tejido early-warning fan-out benchmark (SMS through Kannel on loopback)");
			line("date        %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			line("machine     %s", machine());
			line("java        %s (%s); app JVM %s -Xmx%s", System.getProperty("java.version"), options.javaBin(),
					String.join(" ", options.jvmArgs()), options.heap());
			line("jar         %s", options.jar());
			line("database    %s", options.database());
			line("members     %,d contact-only members with distinct phones, seeded by %d HTTP clients",
					options.members(), options.threads());
			line("settings    channel %d SMS/s; tejido.messaging.sending-grace=%ds (default 60s)%s",
					options.perSecond(), options.graceSeconds(),
					options.appArgs().isEmpty() ? "" : "; app arguments " + String.join(" ", options.appArgs()));
			line("moment      'at fakesmsc' = when this program read fakesmsc's 'Got message' line (polled every"
					+ " 5 ms); Tejido's 'accepted by Kannel' is a moment before");
			line("folder      %s", workspace.root());
		}

		static String machine() {
			return String.format(Locale.ROOT, "%d cores, %s RAM, load average %s",
					Runtime.getRuntime().availableProcessors(), memTotal(), loadAverage());
		}

		void section(String title) {
			line("");
			line("== %s ==  (load average %s)", title, loadAverage());
		}

		void seeding(int added, int count, int failed, double seconds, int threads, String firstError) {
			line("members added       %,d of %,d in %.1f s (%.1f members/s, %d clients)%s", added, count, seconds,
					added / seconds, threads, failed > 0 ? ", " + failed + " failed" : "");
			if (!firstError.isEmpty()) {
				line("first failure       %s", firstError);
			}
			this.seeding = String.format(Locale.ROOT, "%,d in %.1f s (%.1f/s, %d clients)", added, seconds,
					added / seconds, threads);
		}

		void kannelRun(KannelRun run) {
			this.kannelRuns.add(run);
			line("sendsms %s    %,d with %d thread%s%s: %,d accepted, %,d refused%s",
					(run.numbers() > 1) ? "messages" : "requests", run.requests(),
					run.threads(), run.threads() == 1 ? "" : "s",
					run.requests() < run.planned() ? " (stopped by the " + this.options.kannelSeconds() + " s limit)" : "",
					run.accepted(), run.refused(), run.refused() > 0 ? " (first: " + run.firstRefusal() + ")" : "");
			line("accepted            %,.0f %s/s (all answered in %.1f s)", run.acceptedPerSecond(),
					(run.numbers() > 1) ? "messages" : "requests", run.answerSeconds());
			line("at fakesmsc         %,d of %,d, the last %.1f s after the first request (%,.0f messages/s)",
					run.printed(), run.accepted(), run.printedSeconds(), run.printedPerSecond());
			line("CPU                 %s", run.cpu().describe());
		}

		void fanout(Fanout fanout) {
			Tally tally = fanout.tally;
			line("alert code          %s", tally.code());
			line("relay               %s", fanout.callsSeen);
			fanout.call.ifPresentOrElse(
					(call) -> line("Kannel called       Tejido at +%,d ms; Tejido answered in %,d ms",
							(call.inNanos() - fanout.injection.startNanos()) / 1_000_000,
							(call.outNanos() - call.inNanos()) / 1_000_000),
					() -> line("Kannel called       (the relay saw no call)"));
			line("confirmation        to the reporter at +%.2f s (%d received)",
					fanout.sinceInjection(tally.confirmationNanos()), tally.confirmations());
			line("first tier message  at +%.2f s", fanout.sinceInjection(tally.firstNanos()));
			line("last tier message   at +%.2f s", fanout.sinceInjection(tally.lastNanos()));
			line("rate                %.1f messages/s from first to last; %.1f/s from the injection",
					fanout.rate(), tally.tierMessages() / fanout.sinceInjection(tally.lastNanos()));
			line("recipients          %,d unique of %,d expected; %,d duplicated (%,d extra messages); %,d missing%s",
					tally.recipients(), tally.expected(), tally.duplicated(), tally.extraMessages(), tally.missing(),
					fanout.waited.done() ? "" : (fanout.waited.stalled() ? " (stopped: no progress)"
							: " (stopped: time limit)"));
			if (tally.strays() > 0) {
				line("other messages      %,d with another code or to an unknown number", tally.strays());
			}
			line("CPU                 %s", fanout.cpu.describe());
		}

		void crash(Crash crash) {
			Tally tally = crash.tally();
			line("alert code          %s", tally.code());
			line("killed at           +%.1f s with %,d of %,d at fakesmsc (%.1f %%)",
					crash.sinceInjection(crash.killedNanos()), crash.atKill(), tally.expected(),
					100.0 * crash.atKill() / tally.expected());
			line("restart             kill to healthy %.1f s (database look %.1f s, start %.1f s)",
					(crash.healthyNanos() - crash.killedNanos()) / 1e9,
					(crash.inspectedNanos() - crash.deadNanos()) / 1e9, crash.restartMillis() / 1000.0);
			long firstAfter = tally.firstAfter(crash.deadNanos());
			line("after the restart   first message at fakesmsc %s after the kill, %s after healthy",
					firstAfter == 0 ? "n/a" : seconds((firstAfter - crash.killedNanos()) / 1e9),
					firstAfter == 0 ? "n/a" : seconds((firstAfter - crash.healthyNanos()) / 1e9));
			line("all told            %s", crash.waited().done()
					? String.format(Locale.ROOT, "at +%.1f s (restart included)", crash.sinceInjection(tally.lastNanos()))
					: "NOT: " + (crash.waited().stalled() ? "no progress for " + 3 * this.options.graceSeconds() + " s"
							: "time limit"));
			line("confirmation        to the reporter at +%.2f s (%d received)",
					crash.sinceInjection(tally.confirmationNanos()), tally.confirmations());
			line("recipients          %,d unique of %,d; LOST %,d; DUPLICATED %,d recipients (%,d extra messages)%s",
					tally.recipients(), tally.expected(), tally.missing(), tally.duplicated(), tally.extraMessages(),
					crash.waited().done() ? ", watched " + crash.watchSeconds() + " s after the last" : "");
			line("outbox afterwards   %s (whole collective, channels page)", crash.after());
			crash.boxRestarts().forEach((restart) -> line("kannel restarted    %s", restart));
		}

		void figures(List<Fanout> warmUps, Fanout b, Crash c, List<String> earlierRestarts) {
			line("");
			line("== Figures ==  (load average %s)", loadAverage());
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { "machine", machine() + "; JDK " + System.getProperty("java.version")
					+ "; Tejido -Xmx" + this.options.heap() + "; " + this.kannelVersion });
			rows.add(new String[] { "members (N)", String.format(Locale.ROOT, "%,d", this.options.members()) });
			rows.add(new String[] { "seeding N members through the pages", this.seeding });
			for (KannelRun run : this.kannelRuns) {
				rows.add(new String[] { run.label() + ": accepted",
						String.format(Locale.ROOT, "%,.0f " + run.unit() + "/s (%,d in %.1f s)", run.acceptedPerSecond(),
								run.accepted(),
								run.answerSeconds()) });
				rows.add(new String[] { run.label() + ": all at fakesmsc",
						String.format(Locale.ROOT, "%.1f s after the first request (%,.0f msg/s)", run.printedSeconds(),
								run.printedPerSecond()) });
			}
			Tally t = b.tally;
			rows.add(new String[] { "W tier messages/s of the warm-ups before B", warmUpRates(warmUps) });
			rows.add(new String[] { "B report -> reporter's confirmation", seconds(b.sinceInjection(t.confirmationNanos())) });
			rows.add(new String[] { "B report -> first tier message", seconds(b.sinceInjection(t.firstNanos())) });
			rows.add(new String[] { "B report -> last tier message (N-1)", seconds(b.sinceInjection(t.lastNanos())) });
			rows.add(new String[] { "B tier messages/s (first -> last)", String.format(Locale.ROOT, "%.1f", b.rate()) });
			rows.add(new String[] { "B unique / duplicated / missing",
					String.format(Locale.ROOT, "%,d / %,d / %,d of %,d", t.recipients(), t.duplicated(), t.missing(),
							t.expected()) });
			rows.add(new String[] { "B all delivered in Tejido (reports)", b.drainedSeconds < 0 ? "n/a"
					: String.format(Locale.ROOT, "+%.1f s", b.drainedSeconds) });
			if (c.happened()) {
				Tally ct = c.tally();
				rows.add(new String[] { "C killed at",
						String.format(Locale.ROOT, "%,d of %,d at fakesmsc (%.0f %%), +%.1f s", c.atKill(), ct.expected(),
								100.0 * c.atKill() / ct.expected(), c.sinceInjection(c.killedNanos())) });
				rows.add(new String[] { "C in flight (SENDING) at the crash", c.atCrash().isEmpty() ? "n/a"
						: String.format(Locale.ROOT, "%d (database: %s)", c.atCrash().getOrDefault("sending", 0L),
								c.atCrash()) });
				rows.add(new String[] { "C kill -> healthy again",
						String.format(Locale.ROOT, "%.1f s", (c.healthyNanos() - c.killedNanos()) / 1e9) });
				rows.add(new String[] { "C report -> all told, restart included", c.waited().done()
						? seconds(c.sinceInjection(ct.lastNanos()))
						: "not all: stopped after " + (c.waited().stalled()
								? "no progress for " + 3 * this.options.graceSeconds() + " s" : "the time limit") });
				rows.add(new String[] { "C LOST (not arrived at the end) / DUPLICATED",
						String.format(Locale.ROOT, "%,d / %,d (extra messages %,d; confirmations %d)", ct.missing(),
								ct.duplicated(), ct.extraMessages(), ct.confirmations()) });
				rows.add(new String[] { "C Kannel boxes started again after they exited",
						c.boxRestarts().isEmpty() ? "none" : String.join("; ", c.boxRestarts()) });
			}
			else {
				rows.add(new String[] { "C crash", "did not happen (the fan-out never reached the crash point)" });
			}
			b.call.ifPresent((call) -> {
				rows.add(new String[] { "D report injected -> Kannel called Tejido",
						String.format(Locale.ROOT, "%,d ms", (call.inNanos() - b.injection.startNanos()) / 1_000_000) });
				rows.add(new String[] { "D Kannel called Tejido -> first tier message",
						seconds((t.firstNanos() - call.inNanos()) / 1e9) });
			});
			rows.add(new String[] { "D report injected -> first tier message", seconds(b.sinceInjection(t.firstNanos())) });
			if (c.happened()) {
				c.call().ifPresent((call) -> rows.add(new String[] { "D (second alert) Kannel called -> first message",
						seconds((c.tally().firstNanos() - call.inNanos()) / 1e9) }));
			}
			Optional<KannelRun> ceiling = this.kannelRuns.stream()
				.filter(KannelRun::reports)
				.max(java.util.Comparator.comparingInt(KannelRun::threads));
			double ratio = ceiling.map((run) -> b.rate() / run.acceptedPerSecond()).orElse(Double.NaN);
			rows.add(new String[] { "B / A: tier messages/s over Kannel with DLR",
					ceiling.map((run) -> String.format(Locale.ROOT, "%.2f (%.1f / %,.0f; goal >= 0.90)", ratio, b.rate(),
							run.acceptedPerSecond())).orElse("n/a (no run of A with delivery reports)") });
			rows.add(new String[] { "A-B Kannel boxes started again",
					earlierRestarts.isEmpty() ? "none" : String.join("; ", earlierRestarts) });
			h2FileSize().ifPresent((size) -> rows.add(new String[] { "H2 database file at the end", size }));
			int width = rows.stream().mapToInt((row) -> row[0].length()).max().orElse(10);
			for (String[] row : rows) {
				line("%-" + width + "s  %s", row[0], row[1]);
			}
			if (this.options.summary() != null) {
				summary(warmUps, b, c, ceiling, ratio, earlierRestarts);
			}
		}

		/** Which boxes were started again, for the side by side. */
		private static String boxes(List<String> restarts) {
			return restarts.isEmpty() ? "none"
					: restarts.stream().map((restart) -> restart.substring(0, restart.indexOf(' '))).toList().toString();
		}

		/** Each warm-up fan-out's rate, or that (B) was the app's first. */
		private static String warmUpRates(List<Fanout> warmUps) {
			if (warmUps.isEmpty()) {
				return "none: B is the app's first fan-out";
			}
			return warmUps.stream()
				.map((warmUp) -> String.format(Locale.ROOT, "%.1f (%s)", warmUp.rate(), warmUp.name))
				.collect(Collectors.joining(", "));
		}

		/** The figures compared between databases, one "name TAB value" a line. */
		private void summary(List<Fanout> warmUps, Fanout b, Crash c, Optional<KannelRun> ceiling, double ratio,
				List<String> earlierRestarts) {
			Tally t = b.tally;
			Map<String, String> rows = new LinkedHashMap<>();
			rows.put("load average at the end", loadAverage());
			rows.put("A Kannel alone, with DLR: accepted", ceiling.map((run) -> String.format(Locale.ROOT,
					"%,.0f %s/s (%d threads%s)", run.acceptedPerSecond(), run.unit(), run.threads(),
					(run.numbers() > 1) ? ", " + run.numbers() + " numbers a request" : "")).orElse("n/a"));
			rows.put("W warm-up tier messages/s", warmUpRates(warmUps));
			rows.put("B tier messages/s", String.format(Locale.ROOT, "%.1f", b.rate()));
			rows.put("B / A ratio (goal >= 0.90)", Double.isNaN(ratio) ? "n/a"
					: String.format(Locale.ROOT, "%.2f %s", ratio, ratio >= 0.90 ? "met" : "NOT met"));
			rows.put("B report -> confirmation", seconds(b.sinceInjection(t.confirmationNanos())));
			rows.put("B report -> first tier message", seconds(b.sinceInjection(t.firstNanos())));
			rows.put("D Kannel called -> first tier msg", b.call.map((call) -> seconds((t.firstNanos() - call.inNanos()) / 1e9))
				.orElse("n/a")
					+ (c.happened() ? " / " + c.call()
						.map((call) -> seconds((c.tally().firstNanos() - call.inNanos()) / 1e9))
						.orElse("n/a") : ""));
			rows.put("B unique / dup / missing", String.format(Locale.ROOT, "%,d / %,d / %,d", t.recipients(),
					t.duplicated(), t.missing()));
			rows.put("A-B Kannel boxes started again", boxes(earlierRestarts));
			rows.put("B CPU", b.cpu.describe());
			rows.put("B Tejido CPU per tier message", b.threads.perMessage(b.expected));
			if (c.happened()) {
				rows.put("C in flight (SENDING) at kill",
						c.atCrash().isEmpty() ? "not read" : String.valueOf(c.atCrash().getOrDefault("sending", 0L)));
				rows.put("C LOST / DUPLICATED after kill -9", String.format(Locale.ROOT, "%,d / %,d",
						c.tally().missing(), c.tally().duplicated()));
				rows.put("C Kannel boxes started again", boxes(c.boxRestarts()));
			}
			else {
				rows.put("C LOST / DUPLICATED after kill -9", "no crash");
			}
			h2FileSize().ifPresent((size) -> rows.put("H2 database file at the end", size));
			StringBuilder text = new StringBuilder();
			rows.forEach((name, value) -> text.append(name).append('\t').append(value).append('\n'));
			try {
				Files.writeString(this.options.summary(), text);
			}
			catch (IOException ex) {
				line("could not write the summary: %s", ex);
			}
		}

		/** The size of the H2 file (H2 leaves it larger than its data; see docs/operations.md, "The H2 file"). */
		private Optional<String> h2FileSize() {
			try {
				return (this.h2File != null && Files.exists(this.h2File)) ? Optional
					.of(String.format(Locale.ROOT, "%,.0f MB", Files.size(this.h2File) / 1048576.0)) : Optional.empty();
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		}

		private static String seconds(double seconds) {
			return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, "%.2f s", seconds);
		}

		void failure(Stopped stopped, Workspace workspace) {
			line("");
			line("BENCHMARK STOPPED: %s", stopped.getMessage());
			stopped.lines.forEach((text) -> line("  | %s", text));
		}

		private static String memTotal() {
			try {
				return Files.readAllLines(Path.of("/proc/meminfo"))
					.stream()
					.filter((text) -> text.startsWith("MemTotal:"))
					.map((text) -> String.format(Locale.ROOT, "%.0f MB", Long.parseLong(text.replaceAll("\\D", "")) / 1024.0))
					.findFirst()
					.orElse("?");
			}
			catch (IOException ex) {
				return "?";
			}
		}

		static String loadAverage() {
			try {
				String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
				return parts[0] + " " + parts[1] + " " + parts[2];
			}
			catch (IOException ex) {
				return "?";
			}
		}

		void line(String format, Object... args) {
			System.out.println(String.format(Locale.ROOT, format, args));
			System.out.flush();
		}

	}

}
