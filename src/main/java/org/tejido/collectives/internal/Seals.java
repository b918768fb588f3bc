package org.tejido.collectives.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Sealed;

/**
 * Hands out the sealing of one collective, and keyed hashes for contacts.
 */
@Component
class Seals implements Member.Indexes {

	private final CollectiveKeys keys;

	Seals(CollectiveKeys keys) {
		this.keys = keys;
	}

	Sealed of(UUID collective) {
		return this.keys.sealed(collective);
	}

	/** The keyed hash that stands for an account in the collectives' tables. */
	String ofAccount(UUID account) {
		return this.keys.blindIndex("account:" + account);
	}

	@Override
	public @Nullable String of(String value) {
		return value.isEmpty() ? null : this.keys.blindIndex(value);
	}

}
