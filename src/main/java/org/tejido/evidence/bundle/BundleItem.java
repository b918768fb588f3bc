package org.tejido.evidence.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An item as it goes into a bundle: what was sealed on its arrival, its custody, and a
 * way to read its original bytes.
 *
 * @param sha256 the hash sealed on arrival; the bytes read must still have it
 * @param submitter the member's name as the collective knows them, or empty
 */
public record BundleItem(String name, String sha256, long size, String mediaType, Instant receivedAt, String submitter,
		List<String> notices, List<Custody> custody, Original original) {

	/** One entry of the custody ledger. */
	public record Custody(Instant at, String action, String by, @Nullable String note) {
	}

	/** Opens the original bytes, decrypted; the writer closes the stream. */
	public interface Original {

		InputStream open() throws IOException;

	}

}
