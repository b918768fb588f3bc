package org.tejido.collectives;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of collectives ({@code tejido.collectives.*}).
 *
 * @param filesDir where collectives' files are kept, encrypted
 * @param idleTimeout how long a session that opened a collective page may stay idle
 * @param invitationDays how many days a new invitation is valid unless the coordinator
 * chooses otherwise
 */
@ConfigurationProperties("tejido.collectives")
public record CollectivesSettings(Path filesDir, @DefaultValue("10m") Duration idleTimeout,
		@DefaultValue("7") int invitationDays) {
}
