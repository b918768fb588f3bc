package org.tejido.evidence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.tejido.evidence.EvidenceRefused;

/**
 * What the sealing of one file finds: its type read from the bytes, hash and size, the
 * device metadata it carries, the copy that may be shared, and what to tell about it.
 *
 * @param shared the bytes of the shared copy: the original itself unless stripped
 * @param notices codes among {@link #NOTICES}
 */
record Inspection(String mediaType, long size, String sha256, byte[] original, byte[] shared, DeviceMetadata metadata,
		List<String> notices) {

	static final List<String> NOTICES = List.of("date-doubtful", "metadata-stripped", "metadata-kept", "not-stripped");

	boolean sharedApart() {
		return this.shared != this.original;
	}

	/**
	 * @throws EvidenceRefused when the file is empty or its bytes are not of the type its
	 * name says
	 */
	static Inspection of(String name, byte[] bytes, Instant receivedAt, boolean keepMetadata) {
		if (bytes.length == 0) {
			throw new EvidenceRefused("evidence.refused.empty", 422);
		}
		String mediaType = FileTypes.sniff(bytes);
		if (!FileTypes.nameMatches(name, mediaType)) {
			throw new EvidenceRefused("evidence.refused.type-mismatch", 415);
		}
		DeviceMetadata metadata = DeviceMetadata.of(bytes);
		List<String> notices = new ArrayList<>();
		if (DateDoubts.doubtful(metadata, receivedAt)) {
			notices.add("date-doubtful");
		}
		byte[] shared = sharedCopy(bytes, mediaType, metadata, keepMetadata, notices);
		return new Inspection(mediaType, bytes.length, sha256(bytes), bytes, shared, metadata, List.copyOf(notices));
	}

	private static byte[] sharedCopy(byte[] bytes, String mediaType, DeviceMetadata metadata, boolean keep,
			List<String> notices) {
		if (keep) {
			if (metadata.revealing()) {
				notices.add("metadata-kept");
			}
			return bytes;
		}
		if (!MetadataStripper.canStrip(mediaType)) {
			if (!mediaType.startsWith("text/")) {
				notices.add("not-stripped");
			}
			return bytes;
		}
		byte[] stripped = MetadataStripper.strip(bytes).orElse(null);
		if (stripped == null) {
			notices.add("not-stripped");
			return bytes;
		}
		if (metadata.revealing()) {
			notices.add("metadata-stripped");
		}
		return stripped;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
