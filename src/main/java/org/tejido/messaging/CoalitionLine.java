package org.tejido.messaging;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The coalition's own SMS number, for services of the whole coalition rather than of one
 * collective (the library by SMS). Its gateway comes from the application's settings
 * ({@code tejido.messaging.coalition.*}); its messages are sealed with the coalition's
 * key and kept only as long as answering and the flood limit need. Replies are queued on
 * the {@link Outbox} with no collective.
 */
public interface CoalitionLine {

	/** Whether the coalition's number and gateway are set up. */
	boolean isOn();

	/** A received SMS, opened, until it is forgotten. */
	Optional<Received> read(UUID id);

	/** Erases the sender and the text of a received SMS once it is answered. */
	void forget(UUID id);

	/**
	 * Keeps something about a phone for a while (what it searched, to page on), sealed,
	 * under a keyed hash of the number; replaces what was kept before.
	 */
	void remember(String phone, String state, Duration keptFor);

	/** What was kept about a phone, if it has not expired. */
	Optional<String> recall(String phone);

	/**
	 * An SMS to the coalition's number.
	 *
	 * @param from the sender's number, in E.164 form when it could be read as one
	 */
	record Received(UUID id, String from, String text) {
	}

}
