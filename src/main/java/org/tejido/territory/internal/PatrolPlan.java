package org.tejido.territory.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A patrol, checked: name, day, team (members of the collective) and route as WKT (empty
 * when not known yet).
 */
record PatrolPlan(String name, LocalDate walkedOn, Set<UUID> team, String routeWkt, String notes) {

	static final int MAX_NAME = 120;

	static final int MAX_NOTES = 2000;

}
