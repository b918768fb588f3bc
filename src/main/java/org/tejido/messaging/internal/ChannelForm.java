package org.tejido.messaging.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator typed to set up the collective's SMS gateway: Kannel's sendsms
 * interface, or an SMS centre reached over SMPP. A blank password keeps the one already
 * kept for a gateway of the same kind.
 */
public record ChannelForm(String kind, String sendsmsUrl, String username, String host, String port, String systemId,
		String systemType, String password, String number, String messagesPerSecond) {

	static final int MAX_PER_SECOND = 10000;

	private static final Pattern HOST = Pattern
		.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	/** SMPP's C-octet strings: printable ASCII. */
	private static final Pattern ASCII = Pattern.compile("[\\x21-\\x7E]*");

	/** The kind of gateway chosen, or null when the choice is not one. */
	public Gateway.@Nullable Kind gatewayKind() {
		return switch (this.kind.strip()) {
			case "", "kannel" -> Gateway.Kind.KANNEL;
			case "smpp" -> Gateway.Kind.SMPP;
			default -> null;
		};
	}

	/**
	 * The message keys of what is wrong with it, in the order of the form; a kept
	 * password counts only for a gateway of the same kind.
	 */
	public List<String> problems(Gateway.@Nullable Kind keptPasswordKind) {
		List<String> problems = new ArrayList<>();
		Gateway.Kind chosen = gatewayKind();
		boolean passwordKept = chosen != null && chosen == keptPasswordKind;
		if (chosen == null) {
			problems.add("messaging.kind-invalid");
		}
		else if (chosen == Gateway.Kind.KANNEL) {
			if (!isHttpUrl(this.sendsmsUrl.strip())) {
				problems.add("messaging.url-invalid");
			}
			if (this.username.isBlank() || this.username.length() > 100) {
				problems.add("messaging.username-missing");
			}
			if ((this.password.isEmpty() && !passwordKept) || this.password.length() > 200) {
				problems.add("messaging.password-missing");
			}
		}
		else {
			if (!isHost(this.host.strip())) {
				problems.add("messaging.host-invalid");
			}
			if (portNumber() == 0) {
				problems.add("messaging.port-invalid");
			}
			String systemId = this.systemId.strip();
			if (systemId.isEmpty() || systemId.length() > 15 || !ASCII.matcher(systemId).matches()) {
				problems.add("messaging.system-id-missing");
			}
			if ((this.password.isEmpty() && !passwordKept) || this.password.length() > 8
					|| !ASCII.matcher(this.password).matches()) {
				problems.add("messaging.smpp-password-missing");
			}
			String type = this.systemType.strip();
			if (type.length() > 12 || !ASCII.matcher(type).matches()) {
				problems.add("messaging.system-type-invalid");
			}
		}
		if (!PhoneNumbers.acceptable(this.number)) {
			problems.add("messaging.number-invalid");
		}
		if (perSecond() < 1) {
			problems.add("messaging.per-second-invalid");
		}
		return problems;
	}

	/** The pace as a number, or 0 when it is not one from 1 to 10000. */
	public int perSecond() {
		return whole(this.messagesPerSecond, MAX_PER_SECOND);
	}

	/** The SMPP port as a number, or 0 when it is not one from 1 to 65535. */
	public int portNumber() {
		return whole(this.port, 65535);
	}

	public ChannelView view(boolean hasPassword) {
		return new ChannelView((gatewayKind() == Gateway.Kind.SMPP) ? "smpp" : "kannel", this.sendsmsUrl, this.username,
				this.host, this.port, this.systemId, this.systemType, this.number, this.messagesPerSecond, hasPassword);
	}

	private static int whole(String text, int most) {
		try {
			int value = Integer.parseInt(text.strip());
			return (value >= 1 && value <= most) ? value : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean isHost(String host) {
		return host.length() <= 253 && (HOST.matcher(host).matches() || IPV6.matcher(host).matches());
	}

	private static boolean isHttpUrl(String url) {
		if (url.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
