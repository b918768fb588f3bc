package org.tejido.messaging.internal;

import java.util.List;
import java.util.UUID;

/**
 * Hands an SMS to a collective's gateway.
 */
public interface SmsGateway {

	/** The kind of gateway it talks to. */
	Gateway.Kind kind();

	/**
	 * Sends a text to a number through the gateway, asking for delivery reports about the
	 * message with this id.
	 */
	Outcome send(Gateway gateway, UUID message, String to, String text);

	/**
	 * The most numbers one call takes: more than one when the gateway can send one text
	 * to several numbers at once ({@link #sendToMany}).
	 */
	default int numbersPerCall() {
		return 1;
	}

	/**
	 * Sends one text to several different numbers in one call, asking for delivery
	 * reports about each under the bundle's id and the number; gives each number's
	 * outcome, in the order given. Only called with at most {@link #numbersPerCall()}
	 * numbers.
	 */
	default List<Outcome> sendToMany(Gateway gateway, UUID bundle, List<String> to, String text) {
		throw new UnsupportedOperationException("this gateway takes one number a call");
	}

}
