package org.tejido.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What became of one queued message.
 *
 * @param key its idempotency key
 * @param channel how it travels
 * @param status where it is now
 * @param attempts how many times sending was tried
 * @param gatewayAnswer what the gateway last answered (e.g. {@code 0: Accepted for
 * delivery}), or the error
 * @param updatedAt when the status last changed
 */
public record Delivery(String key, Channel channel, DeliveryStatus status, int attempts, @Nullable String gatewayAnswer,
		Instant updatedAt) {
}
