package org.tejido.warning.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.collectives.CollectiveKeys;

/**
 * Seals and opens the sensitive fields of one collective's alerts.
 */
final class Sealing {

	private final CollectiveKeys keys;

	private final UUID collective;

	Sealing(CollectiveKeys keys, UUID collective) {
		this.keys = keys;
		this.collective = collective;
	}

	byte @Nullable [] seal(String field, @Nullable String value) {
		return (value == null || value.isBlank()) ? null : this.keys.encrypt(this.collective, field, value);
	}

	String open(String field, byte @Nullable [] ciphertext) {
		return (ciphertext == null) ? "" : this.keys.decrypt(this.collective, field, ciphertext);
	}

}
