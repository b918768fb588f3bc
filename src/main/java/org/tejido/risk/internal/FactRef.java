package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An alert or an observation pulled into a threat as a fact, as it read when it was
 * chosen.
 *
 * @param kind {@code alert} or {@code observation}
 * @param text a short extract of its words
 */
public record FactRef(String kind, UUID id, String code, LocalDate on, String text) {

	String key() {
		return this.kind + ":" + this.id;
	}

}
