package org.tejido.territory.satellite;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Alerts by cell of latitude, longitude and period, each cell at least as large as the
 * clustering distance and period: two alerts close enough to join are always in the same
 * or adjacent cells.
 */
final class AlertGrid {

	/** Slack for the flat-earth distance's error. */
	private static final double SLACK = 1.02;

	private final List<SatelliteAlert> alerts;

	private final double latitudeStep;

	private final double longitudeStep;

	private final long period;

	private final Map<Long, int[]> cells = new HashMap<>();

	AlertGrid(List<SatelliteAlert> alerts, ClusterRules rules) {
		this.alerts = alerts;
		double furthestFromEquator = alerts.stream().mapToDouble(a -> Math.abs(a.latitude())).max().orElse(0);
		// Longitude degrees shrink towards the poles: size the cells for the narrowest
		// ones.
		double cos = Math.max(Math.cos(Math.toRadians(Math.min(furthestFromEquator + 1, 89))), 0.01);
		this.latitudeStep = rules.metres() * SLACK / AlertClustering.metresPerDegree();
		this.longitudeStep = this.latitudeStep / cos;
		this.period = rules.days() + 1L;
		for (int i = 0; i < alerts.size(); i++) {
			SatelliteAlert alert = alerts.get(i);
			add(key(row(alert), column(alert), slot(alert)), i);
		}
	}

	/**
	 * Calls back with every alert in this alert's cell and the 26 around it, itself too.
	 */
	void forNeighbourCandidates(int index, IntConsumer action) {
		SatelliteAlert alert = this.alerts.get(index);
		long row = row(alert);
		long column = column(alert);
		long slot = slot(alert);
		for (long r = row - 1; r <= row + 1; r++) {
			for (long c = column - 1; c <= column + 1; c++) {
				for (long s = slot - 1; s <= slot + 1; s++) {
					int[] cell = this.cells.get(key(r, c, s));
					if (cell != null) {
						for (int k = 1; k <= cell[0]; k++) {
							action.accept(cell[k]);
						}
					}
				}
			}
		}
	}

	private void add(long key, int index) {
		int[] cell = this.cells.get(key);
		if (cell == null) {
			cell = new int[4];
		}
		else if (cell[0] + 1 == cell.length) {
			cell = Arrays.copyOf(cell, cell.length * 2);
		}
		cell[++cell[0]] = index;
		this.cells.put(key, cell);
	}

	private long row(SatelliteAlert alert) {
		return (long) Math.floor((alert.latitude() + 90) / this.latitudeStep);
	}

	private long column(SatelliteAlert alert) {
		return (long) Math.floor((alert.longitude() + 180) / this.longitudeStep);
	}

	private long slot(SatelliteAlert alert) {
		return Math.floorDiv(alert.date().toEpochDay(), this.period);
	}

	/** Cells that share a key only share a list: the distance check still decides. */
	private static long key(long row, long column, long slot) {
		return (row & 0x1F_FFFF) << 42 | (column & 0x1F_FFFF) << 21 | (slot & 0x1F_FFFF);
	}

}
