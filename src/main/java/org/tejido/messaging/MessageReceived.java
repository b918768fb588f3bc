package org.tejido.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An SMS arrived from a phone.
 *
 * @param id the stored message's id
 * @param collective the collective whose number it was sent to, if the number is one of a
 * collective's
 * @param from the sender's number, in E.164 form when it could be read as one
 * @param to the number it was sent to (the collective's number)
 * @param text the whole text, parts joined, in Unicode
 * @param receivedAt when Tejido received it
 */
public record MessageReceived(UUID id, @Nullable UUID collective, String from, String to, String text,
		Instant receivedAt) {
}
