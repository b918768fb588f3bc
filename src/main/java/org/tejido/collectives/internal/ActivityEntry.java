package org.tejido.collectives.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a collective's activity log: who did what, to what, and when. Its hash
 * covers every field and the previous entry's hash.
 */
public record ActivityEntry(UUID collective, long seq, Instant at, @Nullable UUID actor, String action,
		@Nullable UUID subject, String previousHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	static ActivityEntry next(UUID collective, long seq, Instant at, @Nullable UUID actor, String action,
			@Nullable UUID subject, String previousHash) {
		return new ActivityEntry(collective, seq, at, actor, action, subject, previousHash,
				hashOf(collective, seq, at, actor, action, subject, previousHash));
	}

	/** Whether the stored hash is the hash of the stored fields. */
	boolean isSealed() {
		return this.hash.equals(
				hashOf(this.collective, this.seq, this.at, this.actor, this.action, this.subject, this.previousHash));
	}

	private static String hashOf(UUID collective, long seq, Instant at, @Nullable UUID actor, String action,
			@Nullable UUID subject, String previousHash) {
		String canonical = String.join("|", previousHash, collective.toString(), Long.toString(seq),
				Long.toString(at.toEpochMilli()), String.valueOf(actor), action, String.valueOf(subject));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
