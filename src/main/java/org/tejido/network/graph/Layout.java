package org.tejido.network.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold): seeded starting
 * places, a fixed number of rounds, ties pulling, every pair pushing apart. The same map
 * gives the same places, to the pixel.
 */
public final class Layout {

	static final int ROUNDS = 60;

	private Layout() {
	}

	/**
	 * Each node's place, in whole pixels, inside a {@code width} by {@code height} box.
	 */
	public static Map<String, int[]> of(ActorGraph map, int width, int height, int margin) {
		List<Node> nodes = map.nodes();
		int n = nodes.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(nodes.get(i).id(), i);
		}
		double[] x = new double[n];
		double[] y = new double[n];
		Random random = new Random(20261203L);
		for (int i = 0; i < n; i++) {
			x[i] = margin + random.nextDouble() * (width - 2 * margin);
			y[i] = margin + random.nextDouble() * (height - 2 * margin);
		}
		int[][] ties = map.edges()
			.stream()
			.filter((edge) -> index.containsKey(edge.source()) && index.containsKey(edge.target()))
			.map((edge) -> new int[] { index.get(edge.source()), index.get(edge.target()) })
			.toArray(int[][]::new);
		double k = Math.sqrt((double) (width - 2 * margin) * (height - 2 * margin) / Math.max(1, n));
		double[] dx = new double[n];
		double[] dy = new double[n];
		for (int round = 0; round < ROUNDS; round++) {
			double temperature = (width / 10.0) * (1 - (double) round / ROUNDS);
			java.util.Arrays.fill(dx, 0);
			java.util.Arrays.fill(dy, 0);
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					double ddx = x[i] - x[j];
					double ddy = y[i] - y[j];
					double distance2 = Math.max(0.01, ddx * ddx + ddy * ddy);
					double push = k * k / distance2;
					dx[i] += ddx * push;
					dy[i] += ddy * push;
					dx[j] -= ddx * push;
					dy[j] -= ddy * push;
				}
			}
			for (int[] tie : ties) {
				double ddx = x[tie[0]] - x[tie[1]];
				double ddy = y[tie[0]] - y[tie[1]];
				double distance = Math.max(0.1, Math.sqrt(ddx * ddx + ddy * ddy));
				double pull = distance / k;
				dx[tie[0]] -= ddx * pull;
				dy[tie[0]] -= ddy * pull;
				dx[tie[1]] += ddx * pull;
				dy[tie[1]] += ddy * pull;
			}
			for (int i = 0; i < n; i++) {
				double length = Math.max(0.01, Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
				double step = Math.min(length, temperature);
				x[i] = Math.clamp(x[i] + dx[i] / length * step, margin, width - margin);
				y[i] = Math.clamp(y[i] + dy[i] / length * step, margin, height - margin);
			}
		}
		Map<String, int[]> places = new HashMap<>();
		for (int i = 0; i < n; i++) {
			places.put(nodes.get(i).id(), new int[] { (int) Math.round(x[i]), (int) Math.round(y[i]) });
		}
		return places;
	}

}
