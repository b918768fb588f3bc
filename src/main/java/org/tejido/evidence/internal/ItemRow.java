package org.tejido.evidence.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;
import org.tejido.evidence.SealedItem;

/**
 * An item as kept: its name and device metadata sealed, the rest in clear.
 */
record ItemRow(UUID id, UUID collectiveId, byte[] sealedName, String mediaType, long size, String sha256,
		String sharedSha256, long sharedSize, boolean sharedApart, Instant receivedAt, @Nullable UUID submitter,
		byte @Nullable [] sealedMetadata, String notices) {

	static final String NAME = "evidence_item.name";

	static final String METADATA = "evidence_item.metadata";

	List<String> noticeList() {
		return this.notices.isEmpty() ? List.of() : Arrays.asList(this.notices.split(","));
	}

	String name(Sealed sealed) {
		return sealed.open(NAME, this.sealedName);
	}

	List<String> metadataLines(Sealed sealed) {
		String metadata = sealed.open(METADATA, this.sealedMetadata);
		return metadata.isEmpty() ? List.of() : List.of(metadata.split("\n"));
	}

	SealedItem sealedItem(Sealed sealed) {
		return new SealedItem(this.id, name(sealed), this.mediaType, this.size, this.sha256, this.receivedAt,
				noticeList());
	}

}
