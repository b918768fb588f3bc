package org.tejido.messaging.internal;

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

}
