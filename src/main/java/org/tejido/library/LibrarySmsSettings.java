package org.tejido.library;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the library by SMS ({@code tejido.library.sms.*}); the number phones text
 * is the coalition line's ({@code tejido.messaging.coalition.*}).
 *
 * @param attachUpTo the most a resource's files may weigh together to be attached to the
 * e-mail; heavier files are sent as links
 * @param rememberFor how long a number's last search is kept, for {@code MORE}
 * @param resultsPerReply results in one reply to a search
 */
@ConfigurationProperties("tejido.library.sms")
public record LibrarySmsSettings(@DefaultValue("5MB") DataSize attachUpTo, @DefaultValue("30m") Duration rememberFor,
		@DefaultValue("3") int resultsPerReply) {
}
