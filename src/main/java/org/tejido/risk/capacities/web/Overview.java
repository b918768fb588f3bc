package org.tejido.risk.capacities.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tejido.risk.capacities.CheckView;

/**
 * What the overview shows: the checks drawn (the latest {@link #SHOWN}, newest first in
 * the table), the latest and the one before it, how many there are, and both charts.
 */
public record Overview(List<CheckView> newestFirst, @Nullable CheckView latest, @Nullable CheckView previous, int total,
		String capacityChart, String resultChart) {

	/** How many checks the charts and the table show; the JSON has them all. */
	public static final int SHOWN = 24;

	public boolean empty() {
		return this.latest == null;
	}

	public boolean cut() {
		return this.total > this.newestFirst.size();
	}

}
