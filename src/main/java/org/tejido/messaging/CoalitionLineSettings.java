package org.tejido.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The coalition's own SMS line ({@code tejido.messaging.coalition.*}), through Kannel's
 * sendsms interface: phones text this number for coalition-wide services (the library by
 * SMS). An empty number turns it off.
 *
 * @param number the coalition's number (as Kannel gives it in {@code %P})
 * @param sendsmsUrl Kannel's sendsms address
 * @param username the {@code sendsms-user}
 * @param password its password
 * @param messagesPerSecond the most SMS parts a second the line takes
 * @param keptFor how long the rows of its SMS (a keyed hash of the sender, for the flood
 * limit) and its sent messages are kept
 */
@ConfigurationProperties("tejido.messaging.coalition")
public record CoalitionLineSettings(@DefaultValue("") String number, @DefaultValue("") String sendsmsUrl,
		@DefaultValue("") String username, @DefaultValue("") String password, @DefaultValue("1") int messagesPerSecond,
		@DefaultValue("10m") java.time.Duration keptFor) {

	public boolean isOn() {
		return !this.number.isBlank() && !this.sendsmsUrl.isBlank();
	}

}
