package org.tejido.messaging.internal;

/**
 * A collective's SMS gateway as its coordinators see it: everything but the password.
 *
 * @param kind {@code kannel} or {@code smpp}
 */
public record ChannelView(String kind, String sendsmsUrl, String username, String host, String port, String systemId,
		String systemType, String number, String messagesPerSecond, boolean hasPassword) {

	public static ChannelView none() {
		return new ChannelView("kannel", "", "", "", "", "", "", "", "1", false);
	}

	public boolean isSmpp() {
		return "smpp".equals(this.kind);
	}

}
