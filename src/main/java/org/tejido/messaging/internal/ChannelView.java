package org.tejido.messaging.internal;

/**
 * A collective's SMS gateway as its coordinators see it: everything but the password.
 */
public record ChannelView(String sendsmsUrl, String username, String number, String messagesPerSecond,
		boolean hasPassword) {

	public static ChannelView none() {
		return new ChannelView("", "", "", "1", false);
	}

}
