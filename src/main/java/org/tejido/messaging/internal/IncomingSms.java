package org.tejido.messaging.internal;

import org.jspecify.annotations.Nullable;

/**
 * An SMS as the gateway hands it over, its text already decoded.
 *
 * @param from the sender's number
 * @param to the number it was sent to
 * @param text the whole text
 * @param gatewayId the gateway's own id of the message, if it gives one
 */
public record IncomingSms(String from, String to, String text, @Nullable String gatewayId) {
}
