package org.tejido.evidence.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an item's custody ledger.
 *
 * @param action one of received, viewed (the original downloaded), shared-downloaded,
 * annotated, exported (sealed into a bundle)
 */
record CustodyRow(UUID id, UUID itemId, Instant at, String action, @Nullable UUID member,
		byte @Nullable [] sealedNote) {

	static final String NOTE = "evidence_custody.note";

}
