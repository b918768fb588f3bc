package org.tejido.territory.satellite;

/**
 * When two alerts of one family belong to one event: at most this far apart on the ground
 * and this many days apart. Events are chains of such pairs (single linkage).
 *
 * @param metres the distance, along the ground
 * @param days the number of days between the alerts' dates, 0 for the same day only
 */
public record ClusterRules(double metres, int days) {

	/** 500 m and 7 days. */
	public static final ClusterRules DEFAULT = new ClusterRules(500, 7);

	public ClusterRules {
		if (!(metres > 0) || metres > 50_000 || days < 0 || days > 366) {
			throw new IllegalArgumentException("0 < metres <= 50 km, 0 <= days <= 366");
		}
	}

}
