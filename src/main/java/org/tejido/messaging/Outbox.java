package org.tejido.messaging;

import java.util.List;

/**
 * Queues messages durably: each one is written in the caller's transaction and sent
 * later, through its channel, with retries and back-off, at the gateway's pace. A key
 * already queued is ignored, so queuing again after a crash sends nothing twice.
 */
public interface Outbox {

	/** Queues each message whose key is new; gives how many were new. */
	int queue(List<Outgoing> messages);

	/** What became of the messages whose keys start with {@code prefix}, oldest first. */
	List<Delivery> deliveries(String keyPrefix);

}
