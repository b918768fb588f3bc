package org.tejido.messaging.internal;

/**
 * A collective's SMS gateway, opened for sending: Kannel's sendsms address and account,
 * the collective's number, and the pace the gateway takes.
 */
public record Gateway(String sendsmsUrl, String username, String password, String number, int messagesPerSecond) {
}
