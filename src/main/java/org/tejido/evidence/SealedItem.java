package org.tejido.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item of evidence as sealed on arrival.
 *
 * @param mediaType the type read from the bytes themselves, not from the name
 * @param sha256 the hash of the original bytes, in hex
 * @param notices message keys of what the sealing noticed (metadata stripped from the
 * shared copy, a device date that cannot be right, …)
 */
public record SealedItem(UUID id, String fileName, String mediaType, long size, String sha256, Instant receivedAt,
		List<String> notices) {
}
