package org.tejido.collectives;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Seals and opens the sensitive fields of one collective with its data key: an empty
 * value is kept as nothing, and nothing opens as empty. Any module's records use it for
 * what they keep of a collective; see {@link CollectiveKeys#sealed(UUID)}.
 */
public final class Sealed {

	private final CollectiveKeys keys;

	private final UUID collective;

	Sealed(CollectiveKeys keys, UUID collective) {
		this.keys = keys;
		this.collective = collective;
	}

	public byte @Nullable [] seal(String field, @Nullable String value) {
		return (value == null || value.isBlank()) ? null : this.keys.encrypt(this.collective, field, value);
	}

	public String open(String field, byte @Nullable [] ciphertext) {
		return (ciphertext == null) ? "" : this.keys.decrypt(this.collective, field, ciphertext);
	}

}
