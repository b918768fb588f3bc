import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.tejido.library.search.FacetCounting;
import org.tejido.library.search.KeywordOrder;
import org.tejido.library.search.YearRanges;

/**
 * Search load benchmark of Tejido. In one run:
 * <ol>
 * <li>(a) starts the app on a fresh data directory (seed catalogue off, import token on),
 * imports a synthetic catalogue CSV over HTTP, reports the time and the import report,
 * and stops the app;</li>
 * <li>(b) starts it again with a small heap on the filled data directory and measures the
 * time to a healthy answer;</li>
 * <li>(c) sends a fixed query mix concurrently to the HTML search page, then to the JSON
 * API, and prints throughput and latency percentiles;</li>
 * <li>(e) samples the app's resident memory meanwhile (and its heap, between runs);</li>
 * <li>(d) stops the app, opens its Lucene index read-only and runs the same query mix
 * straight on Lucene (same analyzers, same query shape, top 20 plus facet counts), with
 * the same concurrency, to show what the web layer costs on top of the engine.</li>
 * </ol>
 * Timing never fails the run: the program prints figures. It exits non-zero only when the
 * app cannot be started or the import fails, and prints the app's log lines then.
 *
 * Run through bench/search-load.sh, which puts the Lucene jars on the class path.
 */
public class SearchLoad {

	/** Kept referenced so that Lucene's start-up notices (MMap, Vector API) stay out of the report. */
	private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

	public static void main(String[] args) throws Exception {
		LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
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
		if (options.engineOnly() != null) {
			engineOnly(options, report);
			return;
		}
		Workspace workspace = Workspace.create(options);
		try {
			new SearchLoad(options, report, workspace).run();
			workspace.close();
		}
		catch (BenchmarkStopped ex) {
			report.failure(ex);
			System.out.println("kept the data directory and app logs in " + workspace.root());
			System.exit(1);
		}
	}

	private final Options options;

	private final Report report;

	private final Workspace workspace;

	SearchLoad(Options options, Report report, Workspace workspace) {
		this.options = options;
		this.report = report;
		this.workspace = workspace;
	}

	void run() throws Exception {
		this.report.header(this.options, this.workspace);
		if (this.workspace.needsImport()) {
			importCatalogue();
		}
		List<QuerySpec> mix = QueryMix.standard();
		Map<QuerySpec, Long> apiHits;
		try (App app = startForLoad(); MemorySampler memory = MemorySampler.start(app)) {
			this.report.memory("after start-up", app);
			apiHits = hitsThroughApi(app, mix);
			runHttpLoad(app, memory, mix, "HTML search page /{lang}/library?q=...", QuerySpec::htmlPath);
			runHttpLoad(app, memory, mix, "JSON API /api/v1/resources?q=...&lang=...", QuerySpec::apiPath);
			this.report.memorySummary(memory, app);
			this.report.stopping(app.stop());
		}
		this.report.dataDirectory("after the load run", this.workspace.dataDir());
		runEngineLoad(mix, apiHits);
		this.report.summary();
		if (this.options.figuresFile() != null) {
			this.report.writeFigures(this.options.figuresFile());
		}
	}

	/** (a) Fresh data directory, seed catalogue off, import over HTTP, stop. */
	private void importCatalogue() throws Exception {
		this.report.section("(a) Catalogue import over HTTP");
		this.report.catalogue(this.options.csv());
		List<String> appArgs = List.of("--tejido.library.load-seed-catalogue=false",
				"--tejido.library.import-token=" + Workspace.IMPORT_TOKEN,
				"--tejido.library.max-file-size=" + this.options.maxFileSize());
		appArgs = concat(appArgs, this.options.appArgs());
		List<String> jvmArgs = this.options.importHeap().isEmpty() ? List.of()
				: List.of("-Xmx" + this.options.importHeap());
		try (App app = App.start(this.options, this.workspace, "import", jvmArgs, appArgs);
				MemorySampler memory = MemorySampler.start(app)) {
			this.report.started(app, jvmArgs);
			ImportResult result = new Importer(app, this.options).post(this.options.csv());
			this.report.imported(result, memory.peakKb());
			this.report.countAfterImport(app.totalResources(), this.options.resources());
			this.report.stopping(app.stop());
		}
		this.report.dataDirectory("after the import", this.workspace.dataDir());
	}

	/** (b) Start again with a small heap on the filled data directory. */
	private App startForLoad() throws Exception {
		this.report.section("(b) Start-up on the filled data directory");
		List<String> jvmArgs = concat(List.of("-Xmx" + this.options.heap()), this.options.jvmArgs());
		App app = App.start(this.options, this.workspace, "load", jvmArgs, this.options.appArgs());
		this.report.started(app, jvmArgs);
		this.report.summaryLine("start-up to healthy with %s: %,d ms", String.join(" ", jvmArgs), app.startMillis);
		return app;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	/** One sequential pass of the mix through the API, to show how many hits each query has. */
	private Map<QuerySpec, Long> hitsThroughApi(App app, List<QuerySpec> mix) throws Exception {
		Map<QuerySpec, Long> hits = new LinkedHashMap<>();
		try (HttpLoad http = new HttpLoad(app, 1)) {
			for (QuerySpec query : mix) {
				hits.put(query, http.apiTotal(query));
			}
		}
		return hits;
	}

	/** (c) and (e): the mix against one kind of URL, with memory samples. */
	private void runHttpLoad(App app, MemorySampler memory, List<QuerySpec> mix, String title,
			java.util.function.Function<QuerySpec, String> path) throws Exception {
		this.report.section("(c) Load: " + title);
		memory.startPhase();
		LoadResult result;
		try (HttpLoad http = new HttpLoad(app, this.options.threads())) {
			result = LoadRunner.run(this.options, mix, (query) -> http.get(path.apply(query)), app);
		}
		this.report.load(title, result);
		this.report.memory("peak during this load", memory.phasePeakKb());
		this.report.memory("after this load", app);
	}

	/** (d) The same mix straight on Lucene, after the app has stopped. */
	private void runEngineLoad(List<QuerySpec> mix, Map<QuerySpec, Long> apiHits) throws Exception {
		this.report.section("(d) The same mix straight on Lucene 9.12.3 (no web layer)");
		try (Engine engine = Engine.open(this.workspace.indexDir())) {
			this.report.engineOpened(engine);
			this.report.hitsTable(mix, apiHits, engine);
			LoadResult result = LoadRunner.run(this.options, mix, engine::search, null);
			this.report.load("Lucene engine", result);
		}
		if (this.options.source() != null) {
			runEngineWithAppOptions();
		}
	}

	/**
	 * (d') The same engine run again in a JVM of its own started with the app's JVM options
	 * (jvm.options, -Xmx, --jvm-args), so that the engine runs on the same compiler as the
	 * app: the CPU the web layer adds is then the difference between the two.
	 */
	private void runEngineWithAppOptions() throws Exception {
		List<String> jvmArgs = concat(List.of("-Xmx" + this.options.heap()), this.options.jvmArgs());
		this.report.section("(d') The same mix straight on Lucene, in a JVM with the app's options: "
				+ String.join(" ", jvmArgs));
		Path figures = Files.createTempFile("tejido-engine-figures", ".txt");
		try {
			List<String> command = new ArrayList<>(List.of(this.options.javaBin().toString()));
			command.addAll(jvmArgs);
			command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
					this.options.source().toString(), "--csv", this.options.csv().toString(), "--engine-only",
					this.workspace.indexDir().toString(), "--threads", String.valueOf(this.options.threads()),
					"--requests", String.valueOf(this.options.requests()), "--duration",
					String.valueOf(this.options.durationSeconds()), "--warmup",
					String.valueOf(this.options.warmupRequests()), "--figures-file", figures.toString()));
			Process engine = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (var lines = engine.inputReader().lines()) {
				lines.filter((text) -> !text.isBlank()).forEach((text) -> Report.line("%s", text));
			}
			if (engine.waitFor() != 0) {
				Report.line("the engine's JVM ended with exit code %d", engine.exitValue());
				return;
			}
			for (String text : Files.readAllLines(figures)) {
				String[] nameValue = text.split(" ", 2);
				if (nameValue[0].startsWith("lucene.")) {
					this.report.figure("lucene-app-jvm." + nameValue[0].substring("lucene.".length()), "%s",
							nameValue[1]);
				}
			}
		}
		finally {
			Files.deleteIfExists(figures);
		}
	}

	/** Run in the engine's own JVM: the mix on the index, the figures written for the parent. */
	private static void engineOnly(Options options, Report report) throws Exception {
		List<QuerySpec> mix = QueryMix.standard();
		try (Engine engine = Engine.open(options.engineOnly())) {
			report.engineOpened(engine);
			Report.line("JVM options         %s",
					String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
			LoadResult result = LoadRunner.run(options, mix, engine::search, null);
			report.load("Lucene engine", result);
		}
		if (options.figuresFile() != null) {
			report.writeFigures(options.figuresFile());
		}
	}

	// ------------------------------------------------------------------ options

	/** Command-line options with their defaults. */
	record Options(Path jar, Path csv, int resources, int requests, int durationSeconds, int threads,
			int warmupRequests, String heap, String importHeap, String maxFileSize, int importTimeoutMinutes,
			Path reuseDataDir, boolean keep, Path pidFile, Path javaBin, List<String> jvmArgs,
			List<String> appArgs, Path figuresFile, Path source, Path engineOnly) {

		static final List<String> KNOWN = List.of("jar", "csv", "resources", "requests", "duration", "threads",
				"warmup", "heap", "import-heap", "max-file-size", "import-timeout", "data-dir", "keep", "pid-file", "jvm-args", "app-args", "figures-file",
				"source", "engine-only");

		static Options parse(String[] args) {
			Map<String, String> values = namedValues(args);
			return new Options(Path.of(text(values, "jar", "target/tejido.jar")), Path.of(text(values, "csv", null)),
					number(values, "resources", 100_000), number(values, "requests", 2000),
					number(values, "duration", 60), number(values, "threads", 8), number(values, "warmup", 15000),
					text(values, "heap", "256m"), text(values, "import-heap", ""),
					text(values, "max-file-size", "200MB"), number(values, "import-timeout", 20),
					optionalPath(values, "data-dir"), values.containsKey("keep"), optionalPath(values, "pid-file"),
					currentJava(), words(values, "jvm-args"), words(values, "app-args"),
					optionalPath(values, "figures-file"), optionalPath(values, "source"),
					optionalPath(values, "engine-only"));
		}

		/** A space-separated list of arguments (for the app's JVM, or for the app itself). */
		private static List<String> words(Map<String, String> values, String name) {
			String value = values.getOrDefault(name, "").strip();
			return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
		}

		/** "--name value" pairs (and the flag "--keep") by name; unknown names are refused. */
		private static Map<String, String> namedValues(String[] args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < args.length; i++) {
				String name = args[i].startsWith("--") ? args[i].substring(2) : "";
				if (!KNOWN.contains(name)) {
					throw new IllegalArgumentException("unknown argument " + args[i] + " (options: " + KNOWN + ")");
				}
				boolean flag = name.equals("keep");
				if (!flag && i + 1 >= args.length) {
					throw new IllegalArgumentException(args[i] + " needs a value");
				}
				values.put(name, flag ? "true" : args[++i]);
			}
			return values;
		}

		private static String text(Map<String, String> values, String name, String fallback) {
			String value = values.getOrDefault(name, fallback);
			if (value == null) {
				throw new IllegalArgumentException("--" + name + " is required");
			}
			return value;
		}

		private static int number(Map<String, String> values, String name, int fallback) {
			return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
		}

		private static Path optionalPath(Map<String, String> values, String name) {
			return values.containsKey(name) ? Path.of(values.get(name)) : null;
		}

		private static Path currentJava() {
			return ProcessHandle.current().info().command().map(Path::of).orElse(Path.of("java"));
		}

		Path jcmd() {
			return this.javaBin.resolveSibling("jcmd");
		}

	}

	// ------------------------------------------------------------------ workspace

	/** Where this run keeps its data directory and logs; removed at the end unless kept. */
	record Workspace(Path root, Path dataDir, boolean fresh, boolean keep) {

		static final String IMPORT_TOKEN = "bench-" + Long.toHexString(System.nanoTime());

		static Workspace create(Options options) throws IOException {
			Path root = Files.createTempDirectory("tejido-search-load-");
			if (options.reuseDataDir() != null) {
				return new Workspace(root, options.reuseDataDir().toAbsolutePath(), false, options.keep());
			}
			return new Workspace(root, root.resolve("data"), true, options.keep());
		}

		boolean needsImport() {
			return this.fresh;
		}

		Path indexDir() {
			return this.dataDir.resolve("index").resolve("resource");
		}

		Path log(String name) {
			return this.root.resolve(name + ".log");
		}

		/** Removes the run's directory (after a successful run), unless asked to keep it. */
		void close() throws IOException {
			if (this.keep) {
				System.out.println("kept " + this.root);
				return;
			}
			try (Stream<Path> paths = Files.walk(this.root)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}

	}

	/** Stops the benchmark with the reason and the app's log lines. */
	static final class BenchmarkStopped extends Exception {

		final List<String> logLines;

		BenchmarkStopped(String message, List<String> logLines) {
			super(message);
			this.logLines = logLines;
		}

	}

	// ------------------------------------------------------------------ the app process

	/** The app, started as its own JVM on a free port; stopped (and killed if need be) on close. */
	static final class App implements Closeable {

		private static final Duration START_LIMIT = Duration.ofMinutes(5);

		final Process process;

		final int port;

		final Path log;

		final Options options;

		long startMillis;

		private App(Process process, int port, Path log, Options options) {
			this.process = process;
			this.port = port;
			this.log = log;
			this.options = options;
			Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
		}

		static App start(Options options, Workspace workspace, String name, List<String> jvmArgs,
				List<String> appArgs) throws Exception {
			int port = freePort();
			List<String> command = new ArrayList<>();
			command.add(options.javaBin().toString());
			command.addAll(jvmArgs);
			command.addAll(List.of("-jar", options.jar().toString(), "--server.port=" + port,
					"--tejido.data-dir=" + workspace.dataDir()));
			command.addAll(appArgs);
			Path log = workspace.log(name);
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()))
				.start();
			if (options.pidFile() != null) {
				Files.writeString(options.pidFile(), Long.toString(process.pid()));
			}
			App app = new App(process, port, log, options);
			app.startMillis = app.waitUntilHealthy(started);
			return app;
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
		}

		String base() {
			return "http://127.0.0.1:" + this.port;
		}

		long pid() {
			return this.process.pid();
		}

		private long waitUntilHealthy(long startedNanos) throws Exception {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
				.timeout(Duration.ofSeconds(2))
				.build();
			long deadline = startedNanos + START_LIMIT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new BenchmarkStopped("the app exited during start-up (exit code " + this.process.exitValue()
							+ ")", logTail(15));
				}
				if (isUp(client, health)) {
					return (System.nanoTime() - startedNanos) / 1_000_000;
				}
				Thread.sleep(50);
			}
			throw new BenchmarkStopped("the app was not healthy after " + START_LIMIT.toMinutes() + " min",
					logTail(15));
		}

		private static boolean isUp(HttpClient client, HttpRequest health) throws InterruptedException {
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200 && response.body().contains("\"UP\"");
			}
			catch (IOException ex) {
				return false;
			}
		}

		/** What Spring Boot says about its own start, e.g. "Started TejidoApplication in 9.1 seconds". */
		Optional<String> springStartLine() {
			return logLines().stream()
				.map((line) -> line.replaceAll(".*(Started \\S+ in [0-9.]+ seconds.*)", "$1"))
				.filter((line) -> line.startsWith("Started "))
				.findFirst();
		}

		long totalResources() throws Exception {
			try (HttpLoad http = new HttpLoad(this, 1)) {
				return http.apiTotal(new QuerySpec("en", "", Map.of()));
			}
		}

		long rssKb() {
			return statusField("VmRSS:");
		}

		long statusField(String name) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
					if (line.startsWith(name)) {
						return Long.parseLong(line.replaceAll("\\D", ""));
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// the process is gone
			}
			return -1;
		}

		/** Heap figures from "jcmd PID GC.heap_info", first line; empty when jcmd is not there. */
		Optional<String> heapInfo() {
			if (!Files.isExecutable(this.options.jcmd())) {
				return Optional.empty();
			}
			try {
				Process jcmd = new ProcessBuilder(this.options.jcmd().toString(), Long.toString(pid()),
						"GC.heap_info")
					.redirectErrorStream(true)
					.start();
				String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				jcmd.waitFor(20, TimeUnit.SECONDS);
				return output.lines().filter((line) -> line.contains("total") && line.contains("used")).findFirst()
					.map(String::strip);
			}
			catch (IOException ex) {
				return Optional.empty();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}

		/** Garbage collections so far, from "jstat -gcutil PID"; empty when jstat is not there. */
		Optional<String> gcCounts() {
			Path jstat = this.options.javaBin().resolveSibling("jstat");
			if (!Files.isExecutable(jstat)) {
				return Optional.empty();
			}
			try {
				Process process = new ProcessBuilder(jstat.toString(), "-gcutil", Long.toString(pid()))
					.redirectErrorStream(true)
					.start();
				List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
					.lines()
					.toList();
				process.waitFor(20, TimeUnit.SECONDS);
				return (lines.size() < 2) ? Optional.empty() : Optional.of(gcSummary(lines.get(0), lines.get(1)));
			}
			catch (IOException ex) {
				return Optional.empty();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}

		private static String gcSummary(String header, String values) {
			List<String> names = List.of(header.trim().split("\\s+"));
			List<String> numbers = List.of(values.trim().split("\\s+"));
			java.util.function.Function<String, String> value = (name) -> {
				int at = names.indexOf(name);
				return (at >= 0 && at < numbers.size()) ? numbers.get(at) : "?";
			};
			return String.format(Locale.ROOT, "young %s (%s s), full %s (%s s), concurrent %s (%s s)",
					value.apply("YGC"), value.apply("YGCT"), value.apply("FGC"), value.apply("FGCT"),
					value.apply("CGC"), value.apply("CGCT"));
		}

		List<String> logLines() {
			try {
				return Files.readAllLines(this.log, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return List.of();
			}
		}

		/** The log's errors and exception lines (without stack frames), then its last lines. */
		List<String> logTail(int count) {
			List<String> lines = logLines();
			List<String> picked = new ArrayList<>(lines.stream()
				.filter((line) -> line.contains(" ERROR ") || line.startsWith("Caused by")
						|| (!line.startsWith("\t") && line.matches(".*(Exception|Error)\\b.*")))
				.limit(40)
				.toList());
			picked.add("... last lines:");
			picked.addAll(lines.subList(Math.max(0, lines.size() - count), lines.size()));
			return picked;
		}

		/** Stops the app gracefully; returns how long that took, in ms. */
		long stop() throws InterruptedException {
			long started = System.nanoTime();
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			return (System.nanoTime() - started) / 1_000_000;
		}

		private void kill() {
			if (this.process.isAlive()) {
				this.process.destroyForcibly();
			}
		}

		@Override
		public void close() {
			try {
				if (this.process.isAlive()) {
					stop();
				}
			}
			catch (InterruptedException ex) {
				kill();
				Thread.currentThread().interrupt();
			}
		}

	}

	// ------------------------------------------------------------------ memory

	/** Samples the app's VmRSS every 100 ms; keeps the overall peak and the peak of a phase. */
	static final class MemorySampler implements Closeable {

		private final App app;

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		private final AtomicLong peakKb = new AtomicLong();

		private final AtomicLong phasePeakKb = new AtomicLong();

		private MemorySampler(App app) {
			this.app = app;
		}

		static MemorySampler start(App app) {
			MemorySampler sampler = new MemorySampler(app);
			sampler.timer.scheduleAtFixedRate(sampler::sample, 0, 100, TimeUnit.MILLISECONDS);
			return sampler;
		}

		private void sample() {
			long rss = this.app.rssKb();
			this.peakKb.accumulateAndGet(rss, Math::max);
			this.phasePeakKb.accumulateAndGet(rss, Math::max);
		}

		void startPhase() {
			this.phasePeakKb.set(this.app.rssKb());
		}

		long peakKb() {
			sample();
			return this.peakKb.get();
		}

		long phasePeakKb() {
			sample();
			return this.phasePeakKb.get();
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

	// ------------------------------------------------------------------ import

	record ImportResult(int status, long millis, long bytes, String created, String updated, String unchanged,
			int rejected, String body) {
	}

	/** POSTs the catalogue CSV to the import endpoint with the bearer token. */
	record Importer(App app, Options options) {

		ImportResult post(Path csv) throws Exception {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.app.base() + "/api/v1/catalogue/import"))
				.header("Authorization", "Bearer " + Workspace.IMPORT_TOKEN)
				.header("Content-Type", "text/csv; charset=UTF-8")
				.timeout(Duration.ofMinutes(this.options.importTimeoutMinutes()))
				.POST(HttpRequest.BodyPublishers.ofFile(csv))
				.build();
			long started = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (java.net.http.HttpTimeoutException ex) {
				List<String> lines = new ArrayList<>();
				lines.add("app RSS " + this.app.rssKb() / 1024 + " MB; GC so far: "
						+ this.app.gcCounts().orElse("(jstat unavailable)"));
				lines.addAll(this.app.logTail(15));
				throw new BenchmarkStopped("the import did not answer within " + this.options.importTimeoutMinutes()
						+ " min", lines);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			String body = response.body();
			if (response.statusCode() != 200) {
				List<String> lines = new ArrayList<>(List.of("HTTP " + response.statusCode() + ": " + shorten(body)));
				lines.addAll(this.app.logTail(15));
				throw new BenchmarkStopped("the import failed", lines);
			}
			return new ImportResult(response.statusCode(), millis, Files.size(csv), jsonNumber(body, "created"),
					jsonNumber(body, "updated"), jsonNumber(body, "unchanged"), count(body, "\"row\":"), body);
		}

		private static String jsonNumber(String json, String name) {
			Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
			return matcher.find() ? matcher.group(1) : "?";
		}

		private static int count(String text, String part) {
			int count = 0;
			for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
				count++;
			}
			return count;
		}

	}

	static String shorten(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "..." : text;
	}

	// ------------------------------------------------------------------ queries

	/**
	 * One query of the mix: the interface language, the words typed, and filters (facet
	 * name to codes).
	 */
	record QuerySpec(String lang, String words, Map<String, List<String>> filters) {

		String htmlPath() {
			return "/" + this.lang + "/library?" + parameters(false);
		}

		String apiPath() {
			return "/api/v1/resources?" + parameters(true);
		}

		private String parameters(boolean withLang) {
			List<String> parameters = new ArrayList<>();
			if (!this.words.isEmpty()) {
				parameters.add("q=" + URLEncoder.encode(this.words, StandardCharsets.UTF_8));
			}
			this.filters.forEach((name, codes) -> codes.forEach((code) -> parameters.add(name + "=" + code)));
			if (withLang) {
				parameters.add("lang=" + this.lang);
			}
			return String.join("&", parameters);
		}

		String label() {
			String filterText = this.filters.isEmpty() ? "" : " " + parameters(false).replaceAll("^q=[^&]*&?", "");
			return this.lang + " " + (this.words.isEmpty() ? "(no words)" : "\"" + this.words + "\"") + filterText;
		}

	}

	/** The fixed query mix: 47 queries over the five interface languages. */
	static final class QueryMix {

		static List<QuerySpec> standard() {
			List<QuerySpec> mix = new ArrayList<>();
			words(mix, "en", "protection", "risk analysis", "early warning", "digital security", "community radio",
					"women defenders", "protecton", "oaxaca", "xylophone");
			filtered(mix, "en", "", "type", "guides-manuals", "area", "risk-analysis");
			filtered(mix, "en", "security", "type", "training");
			filtered(mix, "en", "mining", "region", "latin-america-caribbean");
			words(mix, "es", "protección", "proteccion", "análisis de riesgo", "alerta temprana", "defensoras",
					"radio comunitaria", "acompañamiento jurídico", "acompanamiento juridico", "comunidda", "choco");
			filtered(mix, "es", "territorio", "area", "remain-in-territory");
			words(mix, "fr", "défenseures", "defenseures", "sécurité numérique", "analyse des risques",
					"alerte précoce", "plaidoyer");
			filtered(mix, "fr", "femmes", "need", "needed");
			filtered(mix, "fr", "", "language", "fr", "type", "videos-webinars");
			words(mix, "pt", "proteção coletiva", "protecao coletiva", "ameaças", "ameacas", "mulheres defensoras",
					"território", "rádio");
			filtered(mix, "pt", "segurança digital", "region", "br");
			words(mix, "id", "perlindungan", "pembela", "peringatan dini", "keamanan digital", "masyarakat adat",
					"perlindngan", "hutan");
			filtered(mix, "id", "", "region", "south-eastern-asia", "need", "works");
			return List.copyOf(mix);
		}

		private static void words(List<QuerySpec> mix, String lang, String... queries) {
			for (String words : queries) {
				mix.add(new QuerySpec(lang, words, Map.of()));
			}
		}

		private static void filtered(List<QuerySpec> mix, String lang, String words, String... pairs) {
			Map<String, List<String>> filters = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				filters.computeIfAbsent(pairs[i], (key) -> new ArrayList<>()).add(pairs[i + 1]);
			}
			mix.add(new QuerySpec(lang, words, filters));
		}

	}

	// ------------------------------------------------------------------ load

	/** One request of a load run; returns a size (bytes or hits) and throws when it failed. */
	@FunctionalInterface
	interface Call {

		long run(QuerySpec query) throws Exception;

	}

	/** Latencies and counts of one load run. */
	record LoadResult(long[] latenciesNanos, int[] queryOfRequest, int completed, int errors, String firstError,
			long elapsedNanos, long totalSize, int threads, boolean stoppedByTime, List<QuerySpec> mix,
			CpuUse cpu) {

		double throughput() {
			return this.completed / (this.elapsedNanos / 1e9);
		}

		double percentileMillis(double percentile) {
			return Percentiles.of(this.latenciesNanos, percentile) / 1e6;
		}

		double maxMillis() {
			return Arrays.stream(this.latenciesNanos).max().orElse(0) / 1e6;
		}

		/** Median latency of each query of the mix, slowest first. */
		List<Map.Entry<QuerySpec, Double>> slowestQueries(int count) {
			Map<Integer, List<Long>> byQuery = new LinkedHashMap<>();
			for (int i = 0; i < this.latenciesNanos.length; i++) {
				byQuery.computeIfAbsent(this.queryOfRequest[i], (key) -> new ArrayList<>()).add(this.latenciesNanos[i]);
			}
			return byQuery.entrySet()
				.stream()
				.map((entry) -> Map.entry(this.mix.get(entry.getKey()),
						Percentiles.of(entry.getValue().stream().mapToLong(Long::longValue).toArray(), 50) / 1e6))
				.sorted(Map.Entry.<QuerySpec, Double>comparingByValue().reversed())
				.limit(count)
				.toList();
		}

	}

	/**
	 * Runs a call over the mix from a fixed pool of client threads: a warm-up that is not
	 * measured, then up to the requested number of requests or the time limit, whichever
	 * comes first. Queries are taken round-robin from the mix.
	 */
	static final class LoadRunner {

		/** Warm-up, then the measured run; app may be null (engine run), else its CPU is measured apart. */
		static LoadResult run(Options options, List<QuerySpec> mix, Call call, App app) throws Exception {
			drive(options.threads(), mix, call, options.warmupRequests(), Duration.ofSeconds(30), app);
			return drive(options.threads(), mix, call, options.requests(),
					Duration.ofSeconds(options.durationSeconds()), app);
		}

		private static LoadResult drive(int threads, List<QuerySpec> mix, Call call, int maxRequests,
				Duration maxDuration, App app) throws Exception {
			CpuUse.Snapshot cpuBefore = CpuUse.Snapshot.take(app);
			long[] latencies = new long[maxRequests];
			int[] queries = new int[maxRequests];
			AtomicInteger next = new AtomicInteger();
			AtomicInteger errors = new AtomicInteger();
			AtomicLong size = new AtomicLong();
			AtomicReference<String> firstError = new AtomicReference<>("");
			long started = System.nanoTime();
			long deadline = started + maxDuration.toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> workers = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					workers.add(pool.submit(() -> {
						for (int i = next.getAndIncrement(); i < maxRequests && System.nanoTime() < deadline;
								i = next.getAndIncrement()) {
							int query = i % mix.size();
							long before = System.nanoTime();
							try {
								size.addAndGet(call.run(mix.get(query)));
							}
							catch (Exception ex) {
								errors.incrementAndGet();
								firstError.compareAndSet("", mix.get(query).label() + ": " + ex);
							}
							latencies[i] = System.nanoTime() - before;
							queries[i] = query;
						}
					}));
				}
				for (Future<?> worker : workers) {
					worker.get(maxDuration.toSeconds() + 120, TimeUnit.SECONDS);
				}
			}
			catch (TimeoutException ex) {
				firstError.compareAndSet("", "client threads did not finish in time");
			}
			finally {
				pool.shutdownNow();
			}
			long elapsed = System.nanoTime() - started;
			CpuUse cpu = CpuUse.between(cpuBefore, CpuUse.Snapshot.take(app));
			int completed = (int) Arrays.stream(latencies).filter((latency) -> latency > 0).count();
			boolean byTime = completed < maxRequests;
			return new LoadResult(Arrays.copyOf(latencies, completed), Arrays.copyOf(queries, completed), completed,
					errors.get(), firstError.get(), elapsed, size.get(), threads, byTime, mix, cpu);
		}

	}

	/**
	 * Where the machine's CPU time went during a run, in CPU-milliseconds: the app, this
	 * program (load client or engine), and everything else (other processes add noise).
	 */
	record CpuUse(long appMillis, long selfMillis, long otherMillis, long wallMillis, int cores) {

		static CpuUse between(Snapshot before, Snapshot after) {
			long app = (before.app() >= 0 && after.app() >= 0) ? after.app() - before.app() : 0;
			long self = after.self() - before.self();
			long busy = after.machineBusy() - before.machineBusy();
			return new CpuUse(app * 10, self * 10, Math.max(0, busy - app - self) * 10,
					(after.nanos() - before.nanos()) / 1_000_000, Runtime.getRuntime().availableProcessors());
		}

		/** Percent of one core, averaged over the run. */
		double percent(long millis) {
			return (this.wallMillis > 0) ? 100.0 * millis / this.wallMillis : 0;
		}

		/** CPU clock ticks (1/100 s) of the machine (busy), the app and this JVM at one moment. */
		record Snapshot(long machineBusy, long app, long self, long nanos) {

			static Snapshot take(App app) {
				return new Snapshot(machineBusyTicks(), (app != null) ? processTicks(app.pid()) : -1,
						processTicks(ProcessHandle.current().pid()), System.nanoTime());
			}

			private static long machineBusyTicks() {
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

			private static long processTicks(long pid) {
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

	static final class Percentiles {

		/** Nearest-rank percentile. */
		static long of(long[] values, double percentile) {
			if (values.length == 0) {
				return 0;
			}
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
		}

	}

	/** HTTP client for the load: HTTP/1.1 keep-alive, gzip accepted like a browser, body not decompressed. */
	static final class HttpLoad implements Closeable {

		private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

		private final App app;

		private final ExecutorService executor;

		private final HttpClient client;

		HttpLoad(App app, int threads) {
			this.app = app;
			this.executor = Executors.newFixedThreadPool(threads);
			this.client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.executor(this.executor)
				.build();
		}

		/** GETs a path; returns the bytes received; throws unless the answer is 200. */
		long get(String path) throws IOException, InterruptedException {
			HttpResponse<byte[]> response = this.client.send(request(path, true),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode() + " for " + path);
			}
			return response.body().length;
		}

		long apiTotal(QuerySpec query) throws IOException, InterruptedException {
			HttpResponse<String> response = this.client.send(request(query.apiPath(), false),
					HttpResponse.BodyHandlers.ofString());
			Matcher total = TOTAL.matcher(response.body());
			if (response.statusCode() != 200 || !total.find()) {
				throw new IOException("HTTP " + response.statusCode() + " for " + query.apiPath() + ": "
						+ shorten(response.body()));
			}
			return Long.parseLong(total.group(1));
		}

		private HttpRequest request(String path, boolean gzip) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.app.base() + path))
				.timeout(Duration.ofSeconds(30))
				.GET();
			if (gzip) {
				builder.header("Accept-Encoding", "gzip");
			}
			return builder.build();
		}

		@Override
		public void close() {
			this.client.shutdownNow();
			this.executor.shutdownNow();
		}

	}

	// ------------------------------------------------------------------ the engine alone

	/**
	 * The app's search rebuilt on plain Lucene: same analyzers, same query shape (every word
	 * must match; each word as a should of language field boost 2, fuzzy text_all, fuzzy
	 * titles boost 2; filters as must), same sort, 20 hits, facet counts over all matches;
	 * the facets counted and the titles ordered by the app's own classes (FacetCounting,
	 * KeywordOrder), which search-load.sh takes out of the jar.
	 */
	static final class Engine implements Closeable {

		static final List<String> TERM_FACETS = List.of("type", "area", "language", "region", "need");

		static final int FUZZY_FROM_LENGTH = 4;

		static final int HITS = 20;

		/** Facet values with matches, summed over the run, so that the counting is used. */
		volatile long valuesSeen;

		final FSDirectory directory;

		final DirectoryReader reader;

		final IndexSearcher searcher;

		final Map<String, Analyzer> languageAnalyzers;

		final Analyzer folded;

		/** The app's own facet counting (its classes, taken out of the jar by search-load.sh). */
		final FacetCounting counting = new FacetCounting(TERM_FACETS, "year", YearRanges.ALL, 300);

		final long openMillis;

		private Engine(Path indexDir) throws IOException {
			long started = System.nanoTime();
			this.directory = FSDirectory.open(indexDir);
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
			this.languageAnalyzers = Analyzers.perLanguage();
			this.folded = Analyzers.folded();
			this.counting.over(this.reader);
			this.openMillis = (System.nanoTime() - started) / 1_000_000;
		}

		static Engine open(Path indexDir) throws IOException {
			return new Engine(indexDir);
		}

		/** Runs the query; returns the total hit count (after computing the 20 hits and all facets). */
		long search(QuerySpec spec) throws IOException {
			List<String> terms = QueryTerms.of(spec.words(), spec.lang());
			Query query = query(spec, terms);
			Object[] found = this.searcher.search(query,
					new MultiCollectorManager(new TopFieldCollectorManager(sort(terms), HITS, null, Integer.MAX_VALUE),
							this.counting.over(this.reader)));
			FacetCounting.Counts counts = (FacetCounting.Counts) found[1];
			this.valuesSeen += counts.facets().values().stream().mapToInt(Map::size).sum();
			return counts.total();
		}

		Query query(QuerySpec spec, List<String> terms) {
			BooleanQuery.Builder root = new BooleanQuery.Builder();
			if (terms.isEmpty()) {
				root.add(new MatchAllDocsQuery(), Occur.MUST);
			}
			Analyzer language = this.languageAnalyzers.get(spec.lang());
			for (String term : terms) {
				root.add(wordQuery(term, "text_" + spec.lang(), language), Occur.MUST);
			}
			spec.filters().forEach((field, codes) -> root.add(filter(field, codes), Occur.MUST));
			return root.build();
		}

		private Query wordQuery(String term, String languageField, Analyzer language) {
			int typos = (term.length() >= FUZZY_FROM_LENGTH) ? 1 : 0;
			return new BooleanQuery.Builder()
				.add(new BoostQuery(analyzed(new QueryBuilder(language), languageField, term), 2f), Occur.SHOULD)
				.add(analyzed(new FuzzyQueryBuilder(this.folded, typos, 1), "text_all", term), Occur.SHOULD)
				.add(new BoostQuery(analyzed(new FuzzyQueryBuilder(this.folded, typos, 1), "titles", term), 2f),
						Occur.SHOULD)
				.build();
		}

		/** As Hibernate Search does: analyse, one term query per token; nothing left matches nothing. */
		private static Query analyzed(QueryBuilder builder, String field, String term) {
			Query query = builder.createBooleanQuery(field, term);
			return (query != null) ? query : new MatchNoDocsQuery("no tokens after analysis");
		}

		private static Query filter(String field, List<String> codes) {
			if (codes.size() == 1) {
				return new TermQuery(new Term(field, codes.get(0)));
			}
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			codes.forEach((code) -> any.add(new TermQuery(new Term(field, code)), Occur.SHOULD));
			return any.build();
		}

		/** Score then title; without words, newest first (unknown years last) then title. */
		private static Sort sort(List<String> terms) {
			SortField title = KeywordOrder.ascending("title_sort");
			if (!terms.isEmpty()) {
				return new Sort(SortField.FIELD_SCORE, title);
			}
			SortField year = new SortedNumericSortField("year", SortField.Type.INT, true);
			year.setMissingValue(Integer.MIN_VALUE);
			return new Sort(year, title);
		}

		int documents() {
			return this.reader.numDocs();
		}

		long sizeOnDisk() throws IOException {
			long size = 0;
			for (String file : this.directory.listAll()) {
				size += this.directory.fileLength(file);
			}
			return size;
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
			this.directory.close();
		}

	}

	/** Lucene's QueryBuilder making fuzzy term queries, as Hibernate Search's match().fuzzy() does. */
	static final class FuzzyQueryBuilder extends QueryBuilder {

		private final int maxEdits;

		private final int prefixLength;

		FuzzyQueryBuilder(Analyzer analyzer, int maxEdits, int prefixLength) {
			super(analyzer);
			this.maxEdits = maxEdits;
			this.prefixLength = prefixLength;
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			return new FuzzyQuery(term, this.maxEdits, this.prefixLength);
		}

	}

	/** The app's analyzers (LanguageAnalyzers), rebuilt with Lucene's CustomAnalyzer. */
	static final class Analyzers {

		static Map<String, Analyzer> perLanguage() {
			Map<String, Analyzer> analyzers = new LinkedHashMap<>();
			try {
				analyzers.put("en", CustomAnalyzer.builder()
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(EnglishPossessiveFilterFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(StopFilterFactory.class)
					.addTokenFilter(PorterStemFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.build());
				analyzers.put("es", snowballStopAndStem("spanish_stop.txt", SpanishLightStemFilterFactory.class, false));
				analyzers.put("fr", snowballStopAndStem("french_stop.txt", FrenchLightStemFilterFactory.class, true));
				analyzers.put("pt",
						snowballStopAndStem("portuguese_stop.txt", PortugueseLightStemFilterFactory.class, false));
				analyzers.put("id", CustomAnalyzer.builder()
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(StopFilterFactory.class, "words", "org/apache/lucene/analysis/id/stopwords.txt")
					.addTokenFilter(IndonesianStemFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.build());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return analyzers;
		}

		private static Analyzer snowballStopAndStem(String stopFile,
				Class<? extends org.apache.lucene.analysis.TokenFilterFactory> stemmer, boolean elision)
				throws IOException {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class);
			if (elision) {
				builder.addTokenFilter(ElisionFilterFactory.class);
			}
			return builder.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(StopFilterFactory.class, "words", "org/apache/lucene/analysis/snowball/" + stopFile,
						"format", "snowball")
				.addTokenFilter(stemmer)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.build();
		}

		static Analyzer folded() {
			try {
				return CustomAnalyzer.builder()
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.addTokenFilter(ASCIIFoldingFilterFactory.class)
					.build();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** The words of a query as the app takes them (QueryTerms): split, lower-cased, common words left out. */
	static final class QueryTerms {

		static final int MAX_TERMS = 12;

		static final int MAX_TERM_LENGTH = 40;

		static List<String> of(String query, String lang) {
			java.util.Set<String> words = new java.util.LinkedHashSet<>();
			for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (!word.isEmpty() && word.length() <= MAX_TERM_LENGTH) {
					words.add(word);
				}
				if (words.size() == MAX_TERMS * 2) {
					break;
				}
			}
			List<String> meaningful = words.stream().filter((word) -> !isStopWord(word, lang)).toList();
			List<String> chosen = meaningful.isEmpty() ? List.copyOf(words) : meaningful;
			return chosen.subList(0, Math.min(MAX_TERMS, chosen.size()));
		}

		private static boolean isStopWord(String word, String lang) {
			return stopWords(lang).contains(word) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
		}

		private static CharArraySet stopWords(String lang) {
			return switch (lang) {
				case "es" -> SpanishAnalyzer.getDefaultStopSet();
				case "fr" -> FrenchAnalyzer.getDefaultStopSet();
				case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
				case "id" -> IndonesianAnalyzer.getDefaultStopSet();
				default -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
			};
		}

	}

	// ------------------------------------------------------------------ report

	/** Prints the plain-text report as the run goes, and keeps the figures for the summary. */
	static final class Report {

		private final Map<String, LoadResult> loads = new LinkedHashMap<>();

		private final List<String> summaryLines = new ArrayList<>();

		/** The headline figures as "name value" lines, for bench/search-load.sh to put side by side. */
		private final Map<String, String> figures = new LinkedHashMap<>();

		void figure(String name, String format, Object... args) {
			this.figures.put(name, String.format(Locale.ROOT, format, args));
		}

		void writeFigures(Path file) throws IOException {
			StringBuilder text = new StringBuilder();
			this.figures.forEach((name, value) -> text.append(name).append(' ').append(value).append('\n'));
			Files.writeString(file, text.toString());
		}

		void header(Options options, Workspace workspace) {
			line("Tejido search load benchmark");
			line("date        %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			line("machine     %d cores, %s RAM, load average %s", Runtime.getRuntime().availableProcessors(),
					memTotal(), loadAverage());
			line("java        %s (%s)", System.getProperty("java.version"), options.javaBin());
			line("jar         %s", options.jar().toAbsolutePath());
			line("catalogue   %s", options.csv().toAbsolutePath());
			line("load        %d client threads, %d warm-up requests, then %d requests or %d s, whichever first",
					options.threads(), options.warmupRequests(), options.requests(), options.durationSeconds());
			line("data dir    %s%s", workspace.dataDir(), workspace.fresh() ? " (fresh)" : " (reused, no import)");
			line("logs        %s", workspace.root());
		}

		void section(String title) {
			line("");
			line("== %s ==  (load average %s)", title, loadAverage());
			this.figures.putIfAbsent("load.first", loadAverage().split(" ")[0]);
			this.figures.put("load.last", loadAverage().split(" ")[0]);
		}

		void catalogue(Path csv) throws IOException {
			long rows;
			try (Stream<String> lines = Files.lines(csv)) {
				rows = lines.count() - 1;
			}
			line("catalogue file      %,d lines after the header, %.1f MB", rows, Files.size(csv) / 1e6);
		}

		void started(App app, List<String> jvmArgs) {
			line("started             pid %d, port %d, JVM options %s", app.pid(), app.port,
					jvmArgs.isEmpty() ? "(JVM defaults)" : String.join(" ", jvmArgs));
			line("time to healthy     %,d ms (from process start to /actuator/health UP)", app.startMillis);
			app.springStartLine().ifPresent((text) -> line("Spring Boot says    %s", text));
		}

		void summaryLine(String format, Object... args) {
			this.summaryLines.add(String.format(Locale.ROOT, format, args));
		}

		void imported(ImportResult result, long peakRssKb) {
			line("import POST         %.1f s for %.1f MB (%,.0f rows/s)", result.millis() / 1000.0,
					result.bytes() / 1e6, rowsPerSecond(result));
			line("import report       created %s, updated %s, unchanged %s, rejected %d", result.created(),
					result.updated(), result.unchanged(), result.rejected());
			if (result.rejected() > 0) {
				line("first rejections    %s", shorten(result.body().replaceAll(".*?\"rejected\"\\s*:", "")));
			}
			line("peak RSS (import)   %s", megabytes(peakRssKb));
			this.summaryLines.add(String.format(Locale.ROOT, "import: %.1f s, created %s, rejected %d",
					result.millis() / 1000.0, result.created(), result.rejected()));
		}

		private double rowsPerSecond(ImportResult result) {
			try {
				return Long.parseLong(result.created()) / (result.millis() / 1000.0);
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

		void countAfterImport(long total, int expected) {
			line("API total after     %,d resources (%,d in the catalogue)", total, expected);
		}

		void stopping(long millis) {
			line("stopped app         in %,d ms", millis);
		}

		void dataDirectory(String when, Path dataDir) throws IOException {
			line("data dir size       index %s, database %s (%s)", megabytes(sizeKb(dataDir.resolve("index"))),
					megabytes(sizeKb(dataDir.resolve("db"))), when);
		}

		void memory(String when, App app) {
			line("RSS %-22s %s; heap: %s", when, megabytes(app.rssKb()), app.heapInfo().orElse("(jcmd unavailable)"));
			line("GC so far                  %s", app.gcCounts().orElse("(jstat unavailable)"));
		}

		void memory(String when, long rssKb) {
			line("RSS %-22s %s", when, megabytes(rssKb));
		}

		void memorySummary(MemorySampler sampler, App app) {
			line("");
			line("== (e) App memory over the load phases ==");
			long peak = sampler.peakKb();
			long last = app.rssKb();
			figure("rss.peak", "%.0f", peak / 1024.0);
			line("peak RSS            %s", megabytes(peak));
			line("final RSS           %s: anonymous %s (heap, metaspace, code, stacks, malloc), files %s (mapped: the"
					+ " index pages read, the JDK's modules and class archive)", megabytes(last),
					megabytes(app.statusField("RssAnon:")), megabytes(app.statusField("RssFile:")));
			figure("rss.final-anon", "%.0f", app.statusField("RssAnon:") / 1024.0);
			figure("rss.final-file", "%.0f", app.statusField("RssFile:") / 1024.0);
			line("final heap          %s", app.heapInfo().orElse("(jcmd unavailable)"));
			this.summaryLines.add(String.format(Locale.ROOT, "app RSS with %s: peak %s, final %s",
					"-Xmx" + app.options.heap(), megabytes(peak), megabytes(last)));
		}

		private void cpu(CpuUse cpu, int requests, boolean withApp) {
			String perRequest = String.format(Locale.ROOT, " (%s %.1f ms CPU per request)",
					withApp ? "app" : "this program", cpuPerRequest(cpu, requests, withApp));
			line("CPU, %% of one core  %s%s %.0f%%, other processes %.0f%% (machine: %d cores)%s",
					withApp ? String.format(Locale.ROOT, "app %.0f%%, ", cpu.percent(cpu.appMillis())) : "",
					withApp ? "load client" : "this program", cpu.percent(cpu.selfMillis()),
					cpu.percent(cpu.otherMillis()), cpu.cores(), perRequest);
		}

		void load(String title, LoadResult result) {
			this.loads.put(title, result);
			line("requests            %,d in %.1f s (%s), %d client threads, %d errors", result.completed(),
					result.elapsedNanos() / 1e9, result.stoppedByTime() ? "stopped by the time limit"
							: "all requested", result.threads(), result.errors());
			if (result.errors() > 0) {
				line("first error         %s", result.firstError());
			}
			line("throughput          %.1f requests/s", result.throughput());
			cpu(result.cpu(), result.completed(), !title.startsWith("Lucene"));
			line("latency ms          p50 %.1f   p90 %.1f   p99 %.1f   max %.1f", result.percentileMillis(50),
					result.percentileMillis(90), result.percentileMillis(99), result.maxMillis());
			if (!title.startsWith("Lucene")) {
				line("average response    %,d bytes as sent (gzip accepted)",
						result.completed() > 0 ? result.totalSize() / result.completed() : 0);
			}
			line("slowest queries     (median ms)");
			result.slowestQueries(5).forEach((entry) -> line("  %8.1f  %s", entry.getValue(), entry.getKey().label()));
			String kind = title.startsWith("Lucene") ? "lucene" : title.startsWith("HTML") ? "html" : "api";
			figure(kind + ".p99", "%.1f", result.percentileMillis(99));
			figure(kind + ".cpu", "%.2f", cpuPerRequest(result.cpu(), result.completed(), !kind.equals("lucene")));
			figure(kind + ".other", "%.0f", result.cpu().percent(result.cpu().otherMillis()));
			figure(kind + ".errors", "%d", result.errors());
			this.summaryLines.add(String.format(Locale.ROOT, "%s: %.1f req/s, p50 %.1f ms, p99 %.1f ms", title,
					result.throughput(), result.percentileMillis(50), result.percentileMillis(99)));
		}

		/** CPU-milliseconds per request: of the app for HTTP runs, of this program for the engine run. */
		private static double cpuPerRequest(CpuUse cpu, int requests, boolean app) {
			return (requests > 0) ? (double) (app ? cpu.appMillis() : cpu.selfMillis()) / requests : 0;
		}

		void engineOpened(Engine engine) throws IOException {
			line("index               %,d documents, %.1f MB, opened with facet columns in %,d ms", engine.documents(),
					engine.sizeOnDisk() / 1e6, engine.openMillis);
		}

		void hitsTable(List<QuerySpec> mix, Map<QuerySpec, Long> apiHits, Engine engine) throws IOException {
			line("hits per query      (API total vs the same query on Lucene; they should be equal)");
			int same = 0;
			for (int i = 0; i < mix.size(); i++) {
				QuerySpec query = mix.get(i);
				long api = apiHits.getOrDefault(query, -1L);
				long lucene = engine.search(query);
				same += (api == lucene) ? 1 : 0;
				line("  %2d  %8d  %8d  %s  %s", i + 1, api, lucene, (api == lucene) ? "  " : "!=", query.label());
			}
			line("equal hit counts    %d of %d queries", same, mix.size());
			figure("hits.equal", "%d/%d", same, mix.size());
		}

		void summary() {
			line("");
			line("== Summary ==");
			this.summaryLines.forEach((text) -> line("%s", text));
			LoadResult engine = find("Lucene");
			for (Map.Entry<String, LoadResult> entry : this.loads.entrySet()) {
				if (engine != null && entry.getValue() != engine) {
					LoadResult http = entry.getValue();
					line("HTTP/engine %-12s latency p50 x%.1f, p99 x%.1f; CPU per request x%.1f (%.1f / %.1f ms)",
							shortTitle(entry.getKey()), http.percentileMillis(50) / engine.percentileMillis(50),
							http.percentileMillis(99) / engine.percentileMillis(99),
							cpuPerRequest(http.cpu(), http.completed(), true)
									/ cpuPerRequest(engine.cpu(), engine.completed(), false),
							cpuPerRequest(http.cpu(), http.completed(), true),
							cpuPerRequest(engine.cpu(), engine.completed(), false));
				}
			}
		}

		private LoadResult find(String prefix) {
			return this.loads.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().startsWith(prefix))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		private static String shortTitle(String title) {
			return title.startsWith("HTML") ? "(HTML page)" : "(JSON API)";
		}

		void failure(BenchmarkStopped stopped) {
			line("");
			line("BENCHMARK STOPPED: %s", stopped.getMessage());
			line("app log (last lines):");
			stopped.logLines.forEach((text) -> line("  | %s", text));
		}

		private static String megabytes(long kb) {
			return (kb < 0) ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
		}

		private static long sizeKb(Path dir) throws IOException {
			if (!Files.isDirectory(dir)) {
				return -1;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum() / 1024;
			}
		}

		private static String memTotal() {
			try {
				return Files.readAllLines(Path.of("/proc/meminfo"))
					.stream()
					.filter((text) -> text.startsWith("MemTotal:"))
					.map((text) -> megabytes(Long.parseLong(text.replaceAll("\\D", ""))))
					.findFirst()
					.orElse("?");
			}
			catch (IOException ex) {
				return "?";
			}
		}

		private static String loadAverage() {
			try {
				String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
				return parts[0] + " " + parts[1] + " " + parts[2];
			}
			catch (IOException ex) {
				return "?";
			}
		}

		private static void line(String format, Object... args) {
			System.out.println(String.format(Locale.ROOT, format, args));
			System.out.flush();
		}

	}

}
