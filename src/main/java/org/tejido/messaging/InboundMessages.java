package org.tejido.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * SMS received from phones.
 */
public interface InboundMessages {

	/** A received message, opened. */
	Optional<InboundSms> find(UUID id);

	/**
	 * A received SMS.
	 *
	 * @param from the sender's number, in E.164 form when it could be read as one
	 * @param to the number it was sent to
	 * @param text the whole text, parts joined
	 */
	record InboundSms(UUID id, @Nullable UUID collective, String from, String to, String text, Instant receivedAt) {
	}

}
