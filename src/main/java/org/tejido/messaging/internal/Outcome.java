package org.tejido.messaging.internal;

import org.tejido.messaging.DeliveryStatus;

/**
 * What became of one attempt to hand a message over.
 *
 * @param kind whether it was taken, may be tried again, is not known, or never will go
 * @param status for a message taken, where it stands now
 * @param answer what the gateway answered, or what went wrong (never an address)
 */
public record Outcome(Kind kind, DeliveryStatus status, String answer) {

	/** How the answer of an {@link #unreachable} outcome begins. */
	static final String UNREACHABLE = "gateway unreachable: ";

	public enum Kind {

		/** The gateway, mail server or inbox took it. */
		TAKEN,
		/** It certainly did not go; try again later. */
		RETRY,
		/** It may or may not have gone (no answer): wait for a delivery report. */
		UNKNOWN,
		/** It never will go (e.g. not a phone number). */
		REFUSED

	}

	public static Outcome taken(DeliveryStatus status, String answer) {
		return new Outcome(Kind.TAKEN, status, answer);
	}

	public static Outcome retry(String answer) {
		return new Outcome(Kind.RETRY, DeliveryStatus.QUEUED, answer);
	}

	/**
	 * Not handed over because the gateway could not be reached at all: tried again later,
	 * and at once when the gateway takes another of the collective's messages.
	 */
	public static Outcome unreachable(String why) {
		return retry(UNREACHABLE + why);
	}

	public static Outcome unknown(String answer) {
		return new Outcome(Kind.UNKNOWN, DeliveryStatus.SENDING, answer);
	}

	public static Outcome refused(String answer) {
		return new Outcome(Kind.REFUSED, DeliveryStatus.FAILED, answer);
	}

	/** The answer cut to what the outbox keeps. */
	String kept() {
		return (this.answer.length() > 300) ? this.answer.substring(0, 300) : this.answer;
	}

}
