package org.tejido.messaging.kannel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.tejido.messaging.MessagingSettings;

/**
 * The URLs Kannel calls back: where Tejido is, seen from Kannel.
 */
@Component
class Callbacks {

	static final String INBOUND = "/sms/kannel/inbound";

	static final String DELIVERY = "/sms/kannel/delivery";

	private final MessagingSettings settings;

	private final Environment environment;

	Callbacks(MessagingSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/**
	 * The {@code dlr-url} of a message, with Kannel's {@code %d} for the report's type.
	 */
	String deliveryReportUrl(UUID message) {
		return base() + DELIVERY + "?secret=" + URLEncoder.encode(this.settings.inboundSecret(), StandardCharsets.UTF_8)
				+ "&id=" + message + "&status=%d";
	}

	/**
	 * The {@code dlr-url} of a bundle's messages, with Kannel's {@code %p} for the number
	 * a report is about and {@code %d} for its type.
	 */
	String bundleReportUrl(UUID bundle) {
		return base() + DELIVERY + "?secret=" + URLEncoder.encode(this.settings.inboundSecret(), StandardCharsets.UTF_8)
				+ "&bundle=" + bundle + "&to=%p&status=%d";
	}

	private String base() {
		String configured = this.settings.callbackUrl().strip();
		if (!configured.isEmpty()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://127.0.0.1:" + port;
	}

}
