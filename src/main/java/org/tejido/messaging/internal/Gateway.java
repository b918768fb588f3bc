package org.tejido.messaging.internal;

import java.util.UUID;

/**
 * A collective's SMS gateway, opened for sending: Kannel's sendsms address and account,
 * or an SMS centre's SMPP address and account; the collective's number, and the pace the
 * gateway takes.
 *
 * @param collective the collective it belongs to
 * @param kind how Tejido talks to it
 * @param sendsmsUrl Kannel's sendsms address (empty for SMPP)
 * @param host the SMS centre's host (empty for Kannel)
 * @param port the SMS centre's port (0 for Kannel)
 * @param username Kannel's sendsms user, or the SMPP system id
 * @param password its password
 * @param systemType the SMPP system type, often empty
 * @param number the collective's own number
 * @param messagesPerSecond the most SMS parts a second the gateway takes
 */
public record Gateway(UUID collective, Kind kind, String sendsmsUrl, String host, int port, String username,
		String password, String systemType, String number, int messagesPerSecond) {

	/** How Tejido talks to a gateway. */
	public enum Kind {

		/** Kannel's HTTP sendsms interface. */
		KANNEL,
		/** An SMS centre, directly over SMPP 3.4. */
		SMPP;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
