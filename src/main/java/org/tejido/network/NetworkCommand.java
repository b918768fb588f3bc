package org.tejido.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import tools.jackson.databind.json.JsonMapper;

import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.GraphCsv;
import org.tejido.network.graph.Indicator;
import org.tejido.network.graph.MapChecks;
import org.tejido.network.graph.MapRefused;
import org.tejido.network.graph.NetworkIndicators;

/**
 * {@code java -jar tejido.jar network indicators --nodes NODES.csv --edges EDGES.csv}:
 * prints the protection-network indicators of a graph given in the import's CSV format,
 * as JSON, without a database or a server. Exits 0 with the JSON, 64 when called wrongly,
 * 65 when a file is missing or cannot be taken (saying why).
 */
public final class NetworkCommand {

	public static final int OK = 0;

	public static final int USAGE = 64;

	public static final int BAD_FILE = 65;

	private final PrintStream out;

	private final PrintStream err;

	private final ResourceBundle texts = ResourceBundle.getBundle("i18n/network", Locale.ROOT);

	public NetworkCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--nodes") || arg.equals("--edges")) {
				if (i + 1 >= args.length) {
					return usage();
				}
				options.put(arg.substring(2), args[++i]);
			}
			else if (arg.startsWith("--nodes=") || arg.startsWith("--edges=")) {
				options.put(arg.substring(2, 7), arg.substring(8));
			}
			else if (!arg.startsWith("--")) {
				words.add(arg);
			}
		}
		if (!words.equals(List.of("network", "indicators")) || !options.containsKey("nodes")
				|| !options.containsKey("edges")) {
			return usage();
		}
		return indicators(Path.of(options.get("nodes")), Path.of(options.get("edges")));
	}

	private int indicators(Path nodes, Path edges) {
		for (Path file : List.of(nodes, edges)) {
			if (!Files.isRegularFile(file)) {
				this.err.println("No such file: " + file);
				return BAD_FILE;
			}
		}
		try (InputStream nodesIn = Files.newInputStream(nodes); InputStream edgesIn = Files.newInputStream(edges)) {
			ActorGraph graph = GraphCsv.read(nodesIn, edgesIn);
			MapChecks.check(graph);
			this.out.println(JsonMapper.builder()
				.build()
				.writerWithDefaultPrettyPrinter()
				.writeValueAsString(Map.of("nodes", graph.nodes().size(), "edges", graph.edges().size(), "indicators",
						NetworkIndicators.of(graph).stream().map(this::described).toList())));
			return OK;
		}
		catch (MapRefused refused) {
			this.err.println(text(refused.key(), refused.arguments()));
			return BAD_FILE;
		}
		catch (IOException ex) {
			this.err.println("Cannot read the files: " + ex.getMessage());
			return BAD_FILE;
		}
	}

	private Map<String, Object> described(Indicator indicator) {
		List<Object> args = new ArrayList<>();
		args.add(indicator.subjectLabel());
		args.add((indicator.level() == null) ? "" : text("network.level." + indicator.level().code()));
		args.addAll(indicator.numbers());
		Object[] values = args.toArray();
		String family = "network.indicator." + indicator.family();
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("code", indicator.code());
		described.put("name", text(family, values));
		described.put("subject", indicator.subject());
		described.put("value", indicator.value());
		described.put("flagged", indicator.flagged());
		described.put("numbers", indicator.numbers());
		described.put("explanation", text(family + (indicator.flagged() ? ".flagged" : ".fine"), values));
		described.put("suggestion", indicator.flagged() ? text(family + ".suggest", values) : "");
		return described;
	}

	private String text(String key, Object... args) {
		return new MessageFormat(this.texts.getString(key), Locale.ENGLISH).format(args);
	}

	private int usage() {
		this.err.println("Usage: java -jar tejido.jar network indicators --nodes NODES.csv --edges EDGES.csv");
		this.err.println("The files are the map's CSV import format (see docs/network.md).");
		this.err.println("Exit status: 0 indicators printed as JSON, 64 called wrongly, 65 a file missing or refused.");
		return USAGE;
	}

}
