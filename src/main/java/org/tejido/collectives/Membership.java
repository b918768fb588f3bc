package org.tejido.collectives;

import java.util.UUID;

/**
 * The signed-in person's place in the collective a request is about, checked before any
 * handler runs. Handlers of every module that touch a collective's data take one (see
 * {@link InCollective}) and read and write only under {@link #collective()}.
 *
 * @param collective the collective the request is about
 * @param member the signed-in person as a member of it
 * @param role their role in it
 */
public record Membership(UUID collective, UUID member, CollectiveRole role) {

	public boolean isCoordinator() {
		return this.role == CollectiveRole.COORDINATOR;
	}

	public boolean isAlly() {
		return this.role == CollectiveRole.ALLY;
	}

}
