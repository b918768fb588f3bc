package org.tejido.warning.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.site.NotFound;

/**
 * Acknowledgements by link, for people told by e-mail or in the app: the link's token is
 * a keyed hash of the alert and the person, so it cannot be guessed or moved to another
 * alert or person. A wrong token is simply not found.
 */
@Service
public class Acknowledgements {

	private final JdbcClient jdbc;

	private final AlertDesk desk;

	private final AlertMessages messages;

	Acknowledgements(JdbcClient jdbc, AlertDesk desk, AlertMessages messages) {
		this.jdbc = jdbc;
		this.desk = desk;
		this.messages = messages;
	}

	/** The alert's code, if the token is right. */
	@Transactional(readOnly = true)
	public String codeFor(UUID alertId, UUID member, String token) {
		return checked(alertId, member, token).code();
	}

	/**
	 * @throws Invalid if the alert is closed
	 */
	@Transactional
	public String acknowledge(UUID alertId, UUID member, String token) {
		Alert alert = checked(alertId, member, token);
		this.desk.acknowledge(alert.collectiveId(), alert.id(), member, "link");
		return alert.code();
	}

	private Alert checked(UUID alertId, UUID member, String token) {
		UUID collective = this.jdbc.sql("select collective_id from alert where id = ?")
			.param(alertId)
			.query(UUID.class)
			.optional()
			.orElseThrow(NotFound::new);
		Alert alert = this.desk.find(collective, alertId);
		boolean right = MessageDigest.isEqual(this.messages.ackToken(alert, member).getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
		if (!right) {
			throw new NotFound();
		}
		return alert;
	}

}
