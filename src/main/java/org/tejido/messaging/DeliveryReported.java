package org.tejido.messaging;

import java.time.Instant;

/**
 * A queued message changed status: the gateway answered, or a delivery report came in.
 */
public record DeliveryReported(String key, DeliveryStatus status, Instant at) {
}
