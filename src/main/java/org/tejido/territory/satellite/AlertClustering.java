package org.tejido.territory.satellite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups alerts into events: two alerts of the same family at most {@link ClusterRules}
 * metres and days apart are in one event, and so, by chaining, are all alerts linked
 * through such pairs. Neighbours are found through a grid of cells one distance wide and
 * one period long, so the work grows with the number of alerts, not its square.
 */
public final class AlertClustering {

	static final double EARTH_RADIUS = 6_371_008.8;

	private static final double METRES_PER_DEGREE = EARTH_RADIUS * Math.PI / 180;

	/** Events with the most alerts first, then the most confident, then the latest. */
	public static final Comparator<AlertEvent> BY_SIZE_AND_CONFIDENCE = Comparator.comparingInt(AlertEvent::count)
		.thenComparing(AlertEvent::confidence)
		.thenComparing(AlertEvent::last)
		.reversed()
		.thenComparing(AlertEvent::id);

	private final ClusterRules rules;

	public AlertClustering(ClusterRules rules) {
		this.rules = rules;
	}

	public AlertClustering() {
		this(ClusterRules.DEFAULT);
	}

	/** The events these alerts make, sorted by {@link #BY_SIZE_AND_CONFIDENCE}. */
	public List<AlertEvent> cluster(List<SatelliteAlert> alerts) {
		List<AlertEvent> events = new ArrayList<>();
		for (AlertFamily family : AlertFamily.values()) {
			List<SatelliteAlert> ofFamily = alerts.stream().filter(alert -> alert.family() == family).toList();
			for (List<SatelliteAlert> group : groups(ofFamily)) {
				events.add(Events.of(family, group));
			}
		}
		events.sort(BY_SIZE_AND_CONFIDENCE);
		return events;
	}

	private List<List<SatelliteAlert>> groups(List<SatelliteAlert> alerts) {
		UnionFind links = new UnionFind(alerts.size());
		AlertGrid grid = new AlertGrid(alerts, this.rules);
		for (int i = 0; i < alerts.size(); i++) {
			int from = i;
			grid.forNeighbourCandidates(i, j -> {
				if (j > from && links.find(j) != links.find(from) && near(alerts.get(from), alerts.get(j))) {
					links.union(from, j);
				}
			});
		}
		Map<Integer, List<SatelliteAlert>> byRoot = new HashMap<>();
		for (int i = 0; i < alerts.size(); i++) {
			byRoot.computeIfAbsent(links.find(i), root -> new ArrayList<>()).add(alerts.get(i));
		}
		return List.copyOf(byRoot.values());
	}

	boolean near(SatelliteAlert a, SatelliteAlert b) {
		long days = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
		return days <= this.rules.days() && metres(a, b) <= this.rules.metres();
	}

	/**
	 * Distance along the ground, flat-earth approximation (good to well under 1% at 50
	 * km).
	 */
	static double metres(SatelliteAlert a, SatelliteAlert b) {
		double meanLatitude = Math.toRadians((a.latitude() + b.latitude()) / 2);
		double north = (a.latitude() - b.latitude()) * METRES_PER_DEGREE;
		double east = (a.longitude() - b.longitude()) * METRES_PER_DEGREE * Math.cos(meanLatitude);
		return Math.hypot(north, east);
	}

	static double metresPerDegree() {
		return METRES_PER_DEGREE;
	}

}
