package org.tejido.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test process (GreenMail), shared by every application under
 * test.
 */
public final class Mailbox {

	private static GreenMail server;

	private Mailbox() {
	}

	public static void connect(DynamicPropertyRegistry registry) {
		int port = port();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
	}

	/** The port of the SMTP server, started on first use. */
	public static synchronized int port() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
		}
		return server.getSmtp().getPort();
	}

	/** Every message received so far for an address, without waiting. */
	public static long countFor(String address) {
		return java.util.Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}

	/** Messages received for an address, waiting up to a few seconds for the first. */
	public static MimeMessage[] messagesFor(String address) throws Exception {
		for (int i = 0; i < 50; i++) {
			MimeMessage[] found = java.util.Arrays.stream(server.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).toArray(MimeMessage[]::new);
			if (found.length > 0) {
				return found;
			}
			Thread.sleep(100);
		}
		return new MimeMessage[0];
	}

}
