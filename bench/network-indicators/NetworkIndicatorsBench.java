import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.Drawings;
import org.tejido.network.graph.Edge;
import org.tejido.network.graph.Indicator;
import org.tejido.network.graph.Level;
import org.tejido.network.graph.NetworkIndicators;
import org.tejido.network.graph.Node;
import org.tejido.network.graph.NodeKind;
import org.tejido.network.graph.RelationType;
import org.tejido.network.graph.Stance;

/**
 * Network benchmark: a support network of N nodes (members in sub-groups, and actors of
 * every stance and level) with E relations, generated from a seed; times the indicators
 * and the network drawing (its layout), a few rounds, with the peak heap of each; then the
 * gzipped weight of the three drawings of a map of 150 actors and 400 relations.
 *
 * Usage: java -cp CLASSPATH NetworkIndicatorsBench.java [--nodes 2000] [--edges 10000]
 * [--rounds 3] [--seed 20261203]
 */
public class NetworkIndicatorsBench {

	public static void main(String[] args) throws IOException {
		int nodes = 2000, edges = 10_000, rounds = 3;
		long seed = 20261203;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--nodes" -> nodes = Integer.parseInt(args[i + 1]);
				case "--edges" -> edges = Integer.parseInt(args[i + 1]);
				case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
				case "--seed" -> seed = Long.parseLong(args[i + 1]);
				default -> throw new IllegalArgumentException(args[i]);
			}
		}
		ActorGraph big = graph(nodes, nodes / 2, edges, seed);
		System.out.printf(Locale.ROOT, "support network: %,d nodes, %,d relations, -Xmx%d MB%n", big.nodes().size(),
				big.edges().size(), Runtime.getRuntime().maxMemory() >> 20);
		for (int round = 1; round <= rounds; round++) {
			long before = resetPeaks();
			long start = System.nanoTime();
			List<Indicator> indicators = NetworkIndicators.of(big);
			long indicatorsMs = (System.nanoTime() - start) / 1_000_000;
			long indicatorsPeak = heapPeak() - before;
			before = resetPeaks();
			start = System.nanoTime();
			String svg = Drawings.network(big, "bench", "Network", "bench");
			long layoutMs = (System.nanoTime() - start) / 1_000_000;
			long layoutPeak = heapPeak() - before;
			System.out.printf(Locale.ROOT,
					"round %d: indicators %,5d ms (%d of them, peak heap +%d MB) | layout and drawing %,5d ms (%,d KB of SVG, peak heap +%d MB)%n",
					round, indicatorsMs, indicators.size(), indicatorsPeak >> 20, layoutMs, svg.length() >> 10,
					layoutPeak >> 20);
		}
		ActorGraph page = graph(150 + 12, 12, 400, seed);
		System.out.printf(Locale.ROOT, "150 actors, 12 members, %d relations, SVG gzipped: network %,d B, levels %,d B, matrix %,d B%n",
				page.edges().size(), gzipped(Drawings.network(page, "n", "Network", "d")),
				gzipped(Drawings.levels(page, "l", "Levels", "d", (key) -> key)),
				gzipped(Drawings.matrix(page, "m", "Matrix", "d", (key) -> key)));
	}

	/** {@code members} members in sub-groups of ten, the rest actors; random ties. */
	static ActorGraph graph(int total, int members, int relations, long seed) {
		Random random = new Random(seed);
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		int groups = Math.max(1, members / 10);
		for (int i = 0; i < members; i++) {
			nodes.add(Node.member("m" + i, "Member " + i));
		}
		for (int g = 0; g < groups; g++) {
			nodes.add(Node.group("g" + g, "Group " + g));
		}
		for (int i = 0; i < members; i++) {
			edges.add(new Edge("mo" + i, "m" + i, "g" + (i % groups), RelationType.MEMBER_OF, 1, false));
		}
		NodeKind[] kinds = NodeKind.actors().toArray(NodeKind[]::new);
		for (int i = nodes.size(); i < total; i++) {
			nodes.add(new Node("a" + i, "Actor number " + i, kinds[random.nextInt(kinds.length)],
					Level.values()[random.nextInt(3)], Stance.values()[random.nextInt(4)], 1 + random.nextInt(5),
					random.nextInt(8) == 0, ""));
		}
		RelationType[] types = RelationType.recorded().toArray(RelationType[]::new);
		while (edges.size() < relations) {
			int from = random.nextInt(nodes.size());
			int to = random.nextInt(nodes.size());
			if (from != to) {
				RelationType type = types[random.nextInt(types.length)];
				if (type == RelationType.COMMANDS) {
					type = RelationType.KNOWS;
				}
				edges.add(new Edge("r" + edges.size(), nodes.get(from).id(), nodes.get(to).id(), type,
						1 + random.nextInt(5), random.nextInt(9) == 0));
			}
		}
		return new ActorGraph(nodes, edges);
	}

	static int gzipped(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.size();
	}

	private static long resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
