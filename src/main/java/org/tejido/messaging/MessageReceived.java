package org.tejido.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * An SMS arrived from a phone.
 *
 * @param id the stored message's id
 * @param from the sender's number, in E.164 form when it could be read as one
 * @param to the number it was sent to (the collective's number)
 * @param text the whole text, parts joined, in Unicode
 * @param receivedAt when Tejido received it
 */
public record MessageReceived(UUID id, String from, String to, String text, Instant receivedAt) {
}
