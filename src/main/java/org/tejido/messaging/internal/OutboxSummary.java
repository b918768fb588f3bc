package org.tejido.messaging.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.messaging.DeliveryStatus;

/**
 * How many of a collective's messages stand where, and what the gateway last answered
 * about one that waits for a retry: what a coordinator needs to see that the gateway is
 * down.
 */
@Component
public class OutboxSummary {

	private final JdbcClient jdbc;

	OutboxSummary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The count of messages per status, in the order of the statuses. */
	@Transactional(readOnly = true)
	public Map<DeliveryStatus, Long> of(Membership membership) {
		Map<DeliveryStatus, Long> counts = new LinkedHashMap<>();
		for (DeliveryStatus status : DeliveryStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc
			.sql("select s.status, count(*) from " + OutboundMessages.WITH_STATE
					+ " where m.collective_id = ? group by s.status")
			.param(membership.collective())
			.query((row) -> {
				counts.put(DeliveryStatus.valueOf(row.getString(1)), row.getLong(2));
			});
		return counts;
	}

	/** What the gateway last answered about a message that waits to be tried again. */
	@Transactional(readOnly = true)
	public String lastRetryAnswer(Membership membership) {
		return this.jdbc
			.sql("select s.gateway_answer from " + OutboundMessages.WITH_STATE
					+ " where m.collective_id = ? and s.status = 'QUEUED' and s.attempts > 0"
					+ " order by s.updated_at desc limit 1")
			.param(membership.collective())
			.query(String.class)
			.optional()
			.orElse("");
	}

}
