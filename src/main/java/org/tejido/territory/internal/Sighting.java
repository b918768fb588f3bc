package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An observation, checked: what, when, where (a place of the territory and/or a position
 * as {@code lat,lon} with six decimals, or empty), what was seen, and the patrol or
 * ground-truthing task it belongs to.
 */
public record Sighting(ObservationCategory category, Instant observedAt, @Nullable UUID place, String position,
		String text, @Nullable UUID patrol, @Nullable UUID task) {

	static final int MAX_TEXT = 2000;

	Sighting onPatrol(@Nullable UUID patrol) {
		return new Sighting(this.category, this.observedAt, this.place, this.position, this.text, patrol, this.task);
	}

	Sighting forTask(UUID task) {
		return new Sighting(this.category, this.observedAt, this.place, this.position, this.text, this.patrol, task);
	}

}
