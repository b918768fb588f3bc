package org.tejido.collectives.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tejido.collectives.CollectiveRole;

/**
 * What collective pages show, opened from sealed records.
 */
public final class Views {

	private Views() {
	}

	/** A collective the signed-in person belongs to. */
	public record CollectiveCard(UUID id, String name, CollectiveRole role) {
	}

	/** A member, as coordinators see them. */
	public record MemberView(UUID id, MemberDetails details, CollectiveRole role, boolean hasAccount, Instant joinedAt,
			List<String> groups) {
	}

	/** A member named in a list. */
	public record MemberRef(UUID id, String name, CollectiveRole role) {
	}

	/** A sub-group and the names of its members. */
	public record GroupView(UUID id, String name, boolean sharedWithAllies, List<MemberRef> members) {
	}

	/** An invitation, without its code (which only its creator ever saw). */
	public record InvitationView(UUID id, CollectiveRole role, Instant expiresAt, boolean open) {
	}

	/** A collective's file. */
	public record DocumentView(UUID id, String name, String mediaType, long size, boolean sharedWithAllies,
			Instant storedAt) {
	}

}
