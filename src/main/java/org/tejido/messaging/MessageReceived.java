package org.tejido.messaging;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An SMS arrived from a phone; read it through {@link InboundMessages}. Carries ids only,
 * since events are stored until handled.
 *
 * @param id the stored message's id
 * @param collective the collective whose number it was sent to, if the number is one of a
 * collective's
 */
public record MessageReceived(UUID id, @Nullable UUID collective) {
}
