import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One node against several on one PostgreSQL database (bench/search-load.sh --nodes N).
 * <ol>
 * <li>starts node 1 on a fresh data directory, imports the synthetic catalogue over HTTP;
 * <li>loads node 1 alone with the search mix (HTML page and JSON API, alternating);
 * <li>starts nodes 2..N, each with a data directory of its own (so an empty index, built
 * in full from PostgreSQL before the node reports healthy) and the same shared folders
 * for files and keys, and prints how long that took;
 * <li>loads all nodes with the same mix, requests taken round-robin across them (as a
 * reverse proxy without sticky sessions does);
 * <li>publishes a resource through node 1 five times and measures how long until node 2's
 * search finds it.
 * </ol>
 * Prints throughput, latency percentiles and CPU per request (the nodes' CPU time summed,
 * from /proc). Every process it starts is stopped when it ends.
 */
public class SearchNodes {

	static final String TOKEN = "bench-" + Long.toHexString(System.nanoTime());

	static final List<String> QUERIES = List.of("lang=en&q=protection", "lang=en&q=risk+analysis",
			"lang=en&q=early+warning", "lang=en&q=community+radio", "lang=en&q=protecton", "lang=en&q=xylophone",
			"lang=en&type=guides-manuals&area=risk-analysis", "lang=es&q=protecci%C3%B3n",
			"lang=es&q=alerta+temprana", "lang=es&q=comunidda", "lang=fr&q=d%C3%A9fenseures",
			"lang=fr&q=plaidoyer", "lang=pt&q=prote%C3%A7%C3%A3o+coletiva", "lang=pt&q=amea%C3%A7as",
			"lang=id&q=perlindungan", "lang=id&q=masyarakat+adat");

	static final List<Process> started = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Path jar = Path.of(options.get("jar"));
		Path csv = Path.of(options.get("csv"));
		String jdbc = options.get("jdbc-url");
		int nodes = Integer.parseInt(options.getOrDefault("nodes", "2"));
		int requests = Integer.parseInt(options.getOrDefault("requests", "2000"));
		int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "1500"));
		int duration = Integer.parseInt(options.getOrDefault("duration", "60"));
		String heap = options.getOrDefault("heap", "256m");
		Path root = Files.createTempDirectory("tejido-search-nodes-");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroy)));
		System.out.printf(Locale.ROOT, "%d nodes on one PostgreSQL (%s), %d processors, heap %s per node%n", nodes,
				jdbc.replaceAll("password=[^&]*", "password=…"), Runtime.getRuntime().availableProcessors(), heap);

		List<Node> all = new ArrayList<>();
		Node first = Node.start(jar, root, 1, jdbc, heap, List.of("--tejido.library.load-seed-catalogue=false",
				"--tejido.library.import-token=" + TOKEN, "--tejido.library.max-file-size=200MB"));
		all.add(first);
		System.out.printf(Locale.ROOT, "node 1 healthy after %,d ms (empty database: migrations)%n", first.startMillis);
		long importStart = System.nanoTime();
		HttpResponse<String> imported = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(first.base() + "/api/v1/catalogue/import"))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "text/csv")
				.timeout(Duration.ofMinutes(30))
				.POST(HttpRequest.BodyPublishers.ofFile(csv))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (imported.statusCode() != 200) {
			throw new IllegalStateException("import answered " + imported.statusCode());
		}
		System.out.printf(Locale.ROOT, "import of %s through node 1: %,d ms; resources: %,d%n", csv.getFileName(),
				(System.nanoTime() - importStart) / 1_000_000, first.total("lang=en"));

		Result one = load(List.of(first), requests, threads, warmup, duration);
		for (int n = 2; n <= nodes; n++) {
			Node node = Node.start(jar, root, n, jdbc, heap, List.of());
			all.add(node);
			System.out.printf(Locale.ROOT,
					"node %d healthy after %,d ms (its index built in full from PostgreSQL: %,d resources)%n", n,
					node.startMillis, node.total("lang=en"));
		}
		Result several = load(all, requests, threads, warmup, duration);

		System.out.println();
		System.out.printf(Locale.ROOT, "%-22s %10s %8s %8s %8s %8s %14s %7s%n", "", "req/s", "p50 ms", "p90 ms",
				"p99 ms", "max ms", "CPU ms/request", "errors");
		print("1 node", one);
		print(nodes + " nodes, round-robin", several);

		System.out.println();
		List<Long> lags = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			lags.add(syncLag(first, all.get(1)));
		}
		System.out.println("published on node 1, found by search on node 2 after (ms): " + lags);
		all.forEach(Node::stop);
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		System.exit(0);
	}

	static void print(String name, Result result) {
		System.out.printf(Locale.ROOT, "%-22s %10.1f %8.1f %8.1f %8.1f %8.1f %14.2f %7d%n", name, result.throughput(),
				result.percentile(50), result.percentile(90), result.percentile(99), result.percentile(100),
				result.cpuMillisPerRequest(), result.errors());
	}

	/** Publishes one resource through {@code writer} and waits until {@code reader} finds it. */
	static long syncLag(Node writer, Node reader) throws Exception {
		String word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
		String row = "title,url,type_code,area_codes,language_codes,summary\nGuide " + word
				+ ",https://example.org/" + word + ",guides-manuals,early-warning,en,Sync check\n";
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(writer.base() + "/api/v1/catalogue/import"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(row))
			.build(), HttpResponse.BodyHandlers.ofString());
		long published = System.nanoTime();
		if (done.statusCode() != 200) {
			throw new IllegalStateException("import answered " + done.statusCode());
		}
		while (reader.total("lang=en&q=" + word) == 0) {
			if (System.nanoTime() - published > Duration.ofSeconds(60).toNanos()) {
				return -1;
			}
			Thread.sleep(20);
		}
		return (System.nanoTime() - published) / 1_000_000;
	}

	static Result load(List<Node> nodes, int requests, int threads, int warmup, int duration) throws Exception {
		ExecutorService clientThreads = Executors.newFixedThreadPool(threads);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(clientThreads)
			.build();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		// warm-up, not measured: as many requests for each node as one node alone gets
		int warming = warmup * nodes.size();
		run(client, nodes, next, warming, threads, Long.MAX_VALUE, new long[warming], new AtomicInteger());
		long cpuBefore = nodes.stream().mapToLong(Node::cpuMillis).sum();
		long[] latencies = new long[requests];
		long start = System.nanoTime();
		int done = run(client, nodes, next, requests, threads, start + Duration.ofSeconds(duration).toNanos(),
				latencies, errors);
		long wall = System.nanoTime() - start;
		long cpu = nodes.stream().mapToLong(Node::cpuMillis).sum() - cpuBefore;
		client.close();
		clientThreads.shutdown();
		long[] measured = Arrays.copyOf(latencies, done);
		Arrays.sort(measured);
		return new Result(done, wall, measured, cpu, errors.get());
	}

	static int run(HttpClient client, List<Node> nodes, AtomicInteger next, int count, int threads, long deadline,
			long[] latencies, AtomicInteger errors) throws Exception {
		AtomicInteger taken = new AtomicInteger();
		AtomicLong finished = new AtomicLong();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = taken.getAndIncrement(); i < count && System.nanoTime() < deadline; i = taken
						.getAndIncrement()) {
						int turn = next.getAndIncrement();
						Node node = nodes.get(turn % nodes.size());
						String query = QUERIES.get((turn / nodes.size()) % QUERIES.size());
						String path = (turn % 2 == 0) ? "/api/v1/resources?" + query
								: "/" + query.substring(5, 7) + "/library?" + query.substring(8);
						long begin = System.nanoTime();
						try {
							HttpResponse<byte[]> response = client.send(
									HttpRequest.newBuilder(URI.create(node.base() + path))
										.header("Accept-Encoding", "gzip")
										.build(),
									HttpResponse.BodyHandlers.ofByteArray());
							if (response.statusCode() != 200) {
								errors.incrementAndGet();
							}
						}
						catch (IOException | InterruptedException ex) {
							errors.incrementAndGet();
						}
						latencies[i] = System.nanoTime() - begin;
						finished.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		return (int) Math.min(count, finished.get());
	}

	record Result(int requests, long wallNanos, long[] sortedLatencies, long cpuMillis, int errors) {

		double throughput() {
			return this.requests / (this.wallNanos / 1e9);
		}

		double percentile(int p) {
			if (this.sortedLatencies.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(p / 100.0 * this.sortedLatencies.length) - 1;
			return this.sortedLatencies[Math.max(0, rank)] / 1e6;
		}

		double cpuMillisPerRequest() {
			return (double) this.cpuMillis / Math.max(1, this.requests);
		}

	}

	record Node(Process process, int port, long startMillis, Path log) {

		static Node start(Path jar, Path root, int number, String jdbc, String heap, List<String> extra)
				throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = socket.getLocalPort();
			}
			Path shared = root.resolve("shared");
			List<String> command = new ArrayList<>(List.of(
					ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap, "-jar", jar.toString(),
					"--server.port=" + port, "--tejido.data-dir=" + root.resolve("node-" + number),
					"--tejido.library.files-dir=" + shared.resolve("files"),
					"--tejido.collectives.files-dir=" + shared.resolve("collectives"),
					"--tejido.collectives.key-dir=" + shared.resolve("keys"), "--spring.datasource.url=" + jdbc));
			command.addAll(extra);
			Path log = root.resolve("node-" + number + ".log");
			long begin = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()))
				.start();
			started.add(process);
			Node starting = new Node(process, port, 0, log);
			HttpClient client = HttpClient.newHttpClient();
			while (true) {
				if (!process.isAlive()) {
					System.err.println(Files.readString(log));
					throw new IllegalStateException("node " + number + " exited during start-up");
				}
				try {
					HttpResponse<String> health = client.send(
							HttpRequest.newBuilder(URI.create(starting.base() + "/actuator/health"))
								.timeout(Duration.ofSeconds(2))
								.build(),
							HttpResponse.BodyHandlers.ofString());
					if (health.body().contains("UP")) {
						break;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				if (System.nanoTime() - begin > Duration.ofMinutes(15).toNanos()) {
					throw new IllegalStateException("node " + number + " not healthy after 15 minutes");
				}
				Thread.sleep(100);
			}
			return new Node(process, port, (System.nanoTime() - begin) / 1_000_000, log);
		}

		String base() {
			return "http://127.0.0.1:" + this.port;
		}

		int total(String query) throws Exception {
			String body = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/resources?size=1&" + query)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			var matcher = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
		}

		/** CPU time of the process so far (user + system), from /proc. */
		long cpuMillis() {
			try {
				String stat = Files.readString(Path.of("/proc/" + this.process.pid() + "/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				return ticks * 10;
			}
			catch (IOException ex) {
				return 0;
			}
		}

		void stop() {
			this.process.destroy();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	static Map<String, String> options(String[] args) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		for (String required : List.of("jar", "csv", "jdbc-url")) {
			if (!values.containsKey(required)) {
				throw new IllegalArgumentException("--" + required + " is required");
			}
		}
		return values;
	}

}
