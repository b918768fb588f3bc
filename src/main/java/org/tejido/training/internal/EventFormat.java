package org.tejido.training.internal;

/**
 * How people take part in an event.
 */
public enum EventFormat {

	/** Online, with a link. */
	ONLINE,

	/** In person, at a place. */
	IN_PERSON,

	/** On the radio: the place names the station and frequency. */
	RADIO

}
