package org.tejido.messaging;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to send once.
 *
 * @param key the idempotency key: the same key is sent at most once, however often it is
 * queued (e.g. {@code alert:<id>:member:<id>:step:1:sms}); a key ending in {@code :reply}
 * (an answer to the person who wrote) is handed over alone, before what was queued with
 * it
 * @param collective the collective whose channel settings and keys apply
 * @param recipient the member it goes to, if it goes to a member (in-app inbox)
 * @param channel how it travels
 * @param address the phone number (E.164) or e-mail address; for the inbox, the member id
 * @param subject a subject line, for e-mail
 * @param text the text
 */
public record Outgoing(String key, UUID collective, @Nullable UUID recipient, Channel channel, String address,
		@Nullable String subject, String text) {
}
