package org.tejido.messaging.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator typed to set up the collective's SMS gateway; a blank password keeps
 * the one already kept.
 */
public record ChannelForm(String sendsmsUrl, String username, String password, String number,
		String messagesPerSecond) {

	static final int MAX_PER_SECOND = 1000;

	/** The message keys of what is wrong with it, in the order of the form. */
	public List<String> problems(boolean passwordKept) {
		List<String> problems = new ArrayList<>();
		if (!isHttpUrl(this.sendsmsUrl.strip())) {
			problems.add("messaging.url-invalid");
		}
		if (this.username.isBlank() || this.username.length() > 100) {
			problems.add("messaging.username-missing");
		}
		if ((this.password.isEmpty() && !passwordKept) || this.password.length() > 200) {
			problems.add("messaging.password-missing");
		}
		if (!PhoneNumbers.acceptable(this.number)) {
			problems.add("messaging.number-invalid");
		}
		if (perSecond() < 1) {
			problems.add("messaging.per-second-invalid");
		}
		return problems;
	}

	/** The pace as a number, or 0 when it is not one from 1 to 1000. */
	public int perSecond() {
		try {
			int value = Integer.parseInt(this.messagesPerSecond.strip());
			return (value >= 1 && value <= MAX_PER_SECOND) ? value : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	public ChannelView view(boolean hasPassword) {
		return new ChannelView(this.sendsmsUrl, this.username, this.number, this.messagesPerSecond, hasPassword);
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
