package org.tejido.warning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tejido.collectives.Membership;

/**
 * A collective's recent alerts as other modules show them (a risk assessment takes them
 * as facts of a threat): only to those who may read the collective's alerts, which allies
 * may not.
 */
public interface WarningAlerts {

	/** The latest alerts the viewer may read, newest first, at most {@code limit}. */
	List<RecentAlert> recent(Membership viewer, int limit);

	/** One alert of the viewer's collective, if they may read it. */
	Optional<RecentAlert> find(Membership viewer, UUID alert);

	/**
	 * An alert, briefly.
	 *
	 * @param category an alert category code
	 * @param summary the start of the alert's words
	 */
	record RecentAlert(UUID id, String code, String category, Instant raisedAt, String summary) {
	}

}
