package org.tejido.messaging;

/**
 * Where a queued message is, from queued to what the handset reported.
 */
public enum DeliveryStatus {

	/** Waiting for its turn (or for a retry after a failure). */
	QUEUED,
	/** Handed to the gateway; its answer was not recorded yet (e.g. during a crash). */
	SENDING,
	/** The gateway took it (Kannel: accepted, or queued for later delivery). */
	ACCEPTED,
	/** The SMS centre took it (Kannel delivery report 8). */
	SUBMITTED,
	/** The handset has it (delivery report 1), or the mail server / inbox took it. */
	DELIVERED,
	/** Given up: refused by the gateway or the SMS centre, or out of retries. */
	FAILED;

	public boolean isFinal() {
		return this == DELIVERED || this == FAILED;
	}

}
