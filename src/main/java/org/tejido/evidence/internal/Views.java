package org.tejido.evidence.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What evidence pages show.
 */
public final class Views {

	private Views() {
	}

	/** An item in the list. */
	public record ItemSummary(UUID id, String name, String mediaType, long size, Instant receivedAt,
			List<String> notices) {
	}

	/**
	 * An item with its custody.
	 *
	 * @param metadata the device metadata sealed with it: only for coordinators, else
	 * empty
	 */
	public record ItemPage(UUID id, String name, String mediaType, long size, String sha256, String sharedSha256,
			long sharedSize, Instant receivedAt, String submitter, List<String> notices, List<CustodyView> custody,
			List<String> metadata) {
	}

	/** An entry of the custody ledger, with the member's name. */
	public record CustodyView(Instant at, String action, String by, String note) {
	}

	/** A copy to download; {@link #open()} gives the decrypted bytes. */
	public record Download(String name, String mediaType, long size, Opener opener) {

		public InputStream open() {
			return this.opener.open();
		}

	}

	/** Opens a copy's bytes. */
	public interface Opener {

		InputStream open();

	}

}
