package org.tejido.messaging.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.messaging.Channel;
import org.tejido.messaging.DeliveryStatus;

/**
 * A message of the outbox as the dispatcher finds it, still sealed; a message of the
 * coalition's line has {@link Sealing#COALITION} for its collective.
 */
record Queued(UUID id, String key, UUID collective, @Nullable UUID recipient, Channel channel, byte[] sealedAddress,
		byte @Nullable [] sealedSubject, byte[] sealedText, byte @Nullable [] sealedAttachments, DeliveryStatus status,
		int attempts, long version) {

	boolean ofCoalition() {
		return Sealing.COALITION.equals(this.collective);
	}

}
