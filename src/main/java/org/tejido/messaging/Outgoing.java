package org.tejido.messaging;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to send once.
 *
 * @param key the idempotency key: the same key is sent at most once, however often it is
 * queued (e.g. {@code alert:<id>:member:<id>:step:1:sms}); a key ending in {@code :reply}
 * (an answer to the person who wrote) is handed over alone, before what was queued with
 * it
 * @param collective the collective whose channel settings and keys apply; none for a
 * message of the coalition's own line ({@link CoalitionLine}), which goes through the
 * coalition's gateway and is sealed with the coalition's key
 * @param recipient the member it goes to, if it goes to a member (in-app inbox)
 * @param channel how it travels
 * @param address the phone number (E.164) or e-mail address; for the inbox, the member id
 * @param subject a subject line, for e-mail
 * @param text the text
 * @param attachments for e-mail, the files to attach, as references an
 * {@link AttachmentSource} opens
 */
public record Outgoing(String key, @Nullable UUID collective, @Nullable UUID recipient, Channel channel, String address,
		@Nullable String subject, String text, List<String> attachments) {

	public Outgoing {
		attachments = List.copyOf(attachments);
	}

	public Outgoing(String key, @Nullable UUID collective, @Nullable UUID recipient, Channel channel, String address,
			@Nullable String subject, String text) {
		this(key, collective, recipient, channel, address, subject, text, List.of());
	}

}
