package org.tejido.messaging.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;

/**
 * Seals and opens messaging's sensitive fields with each collective's own key.
 */
@Component
public class Sealing {

	private final CollectiveKeys keys;

	Sealing(CollectiveKeys keys) {
		this.keys = keys;
	}

	byte[] seal(UUID collective, String field, String value) {
		return this.keys.encrypt(collective, "messaging." + field, value);
	}

	byte @Nullable [] sealOrNull(UUID collective, String field, @Nullable String value) {
		return (value == null || value.isEmpty()) ? null : seal(collective, field, value);
	}

	String open(UUID collective, String field, byte @Nullable [] sealed) {
		return (sealed == null) ? "" : this.keys.decrypt(collective, "messaging." + field, sealed);
	}

	/** A keyed hash that finds a value again without keeping it readable. */
	String index(String kind, String value) {
		return this.keys.blindIndex("messaging." + kind + ":" + value);
	}

}
