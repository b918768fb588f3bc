package org.tejido.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts ({@code tejido.accounts.*}).
 *
 * @param signInAttemptsPerAccount wrong passwords allowed per account and client before
 * each further attempt must wait (30 seconds, then twice as long each time, up to 15
 * minutes)
 * @param signInAttemptsPerClient password attempts allowed per client every 15 minutes
 * (raise it when many people share one address, as behind a village's single connection)
 * @param sessionIdleTimeout how long a session lasts without any request before it ends
 */
@ConfigurationProperties("tejido.accounts")
public record AccountsSettings(@DefaultValue("5") int signInAttemptsPerAccount,
		@DefaultValue("20") int signInAttemptsPerClient, @DefaultValue("30m") Duration sessionIdleTimeout) {
}
