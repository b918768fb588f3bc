package org.tejido.messaging.smpp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.messaging.DeliveryStatus;

/**
 * The SMS centre's id of each part of a message sent over SMPP, and what its receipts
 * said of the part. A message is delivered when all its parts are, and failed as soon as
 * one of them is.
 */
@Component
class SentParts {

	private final JdbcClient jdbc;

	SentParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The parts of a message, in order, as the SMS centre took them. */
	@Transactional
	void record(UUID collective, UUID message, List<String> ids, Instant now) {
		this.jdbc.sql("delete from smpp_message_part where message_id = ?").param(message).update();
		for (int i = 0; i < ids.size(); i++) {
			String id = normalised(ids.get(i));
			this.jdbc.sql("delete from smpp_message_part where collective_id = ? and smsc_message_id = ?")
				.params(collective, id)
				.update();
			this.jdbc
				.sql("insert into smpp_message_part (collective_id, smsc_message_id, message_id, part, parts, status,"
						+ " sent_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(collective, id, message, i + 1, ids.size(), DeliveryStatus.SUBMITTED.name(),
						OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
	}

	/**
	 * Notes what a receipt says of a part; gives the message it belongs to and where the
	 * whole message stands now, or nothing when no part has this id.
	 */
	@Transactional
	Optional<Standing> receipt(UUID collective, String smscId, DeliveryStatus status) {
		Optional<String> id = candidates(smscId).stream()
			.filter((candidate) -> exists(collective, candidate))
			.findFirst();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc
			.sql("update smpp_message_part set status = ? where collective_id = ? and smsc_message_id = ?"
					+ " and status not in ('DELIVERED', 'FAILED')")
			.params(status.name(), collective, id.get())
			.update();
		UUID message = this.jdbc
			.sql("select message_id from smpp_message_part where collective_id = ? and smsc_message_id = ?")
			.params(collective, id.get())
			.query(UUID.class)
			.single();
		List<DeliveryStatus> parts = this.jdbc.sql("select status from smpp_message_part where message_id = ?")
			.param(message)
			.query((row, n) -> DeliveryStatus.valueOf(row.getString(1)))
			.list();
		DeliveryStatus whole = parts.contains(DeliveryStatus.FAILED) ? DeliveryStatus.FAILED
				: parts.stream().allMatch((part) -> part == DeliveryStatus.DELIVERED) ? DeliveryStatus.DELIVERED
						: DeliveryStatus.SUBMITTED;
		return Optional.of(new Standing(message, whole));
	}

	private boolean exists(UUID collective, String id) {
		return this.jdbc.sql("select count(*) from smpp_message_part where collective_id = ? and smsc_message_id = ?")
			.params(collective, id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The id as given, then as the other base: some SMS centres answer a submit with a
	 * hexadecimal id and write it in decimal in the receipt, or the other way round.
	 */
	static List<String> candidates(String smscId) {
		String id = normalised(smscId);
		List<String> candidates = new ArrayList<>(List.of(id));
		try {
			if (id.chars().allMatch(Character::isDigit) && id.length() <= 18) {
				candidates.add(Long.toHexString(Long.parseLong(id)));
			}
			if (id.matches("[0-9a-f]{1,15}")) {
				candidates.add(Long.toString(Long.parseLong(id, 16)));
			}
		}
		catch (NumberFormatException ex) {
			// not a number in that base
		}
		return candidates.stream().distinct().toList();
	}

	static String normalised(String smscId) {
		return smscId.strip().toLowerCase(Locale.ROOT);
	}

	/** Where a message stands after a receipt about one of its parts. */
	record Standing(UUID message, DeliveryStatus status) {
	}

}
