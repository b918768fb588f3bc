package org.tejido.territory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Membership;

/**
 * Observations of a collective's territory as the early-warning network needs them: to
 * raise an alert from one (keeping the link both ways), and to read an SMS that reports
 * an observation rather than an alert.
 */
public interface FieldObservations {

	/** An observation of the membership's collective, if they may see it. */
	Optional<Observed> find(Membership membership, UUID observation);

	/**
	 * The latest observations the membership may see, newest first, at most
	 * {@code limit}; none for allies.
	 */
	List<Recent> recent(Membership membership, int limit);

	/** Records that an alert was raised from the observation. */
	void alertRaised(UUID collective, UUID observation, UUID alert);

	/**
	 * Records an observation sent by SMS by a member, if the text starts with an
	 * observation keyword in one of the five languages; gives the reply to send.
	 * @param lang the sender's language code
	 */
	Optional<String> fromSms(Membership sender, String lang, String text);

	/**
	 * An observation, opened.
	 *
	 * @param category an alert category code, or one of the field categories (wildlife,
	 * water, fire, boundary, infrastructure)
	 * @param place the named place it was made at, if any
	 * @param alert the alert raised from it, if any
	 */
	record Observed(UUID id, String category, String text, Instant at, @Nullable PlaceRef place,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable UUID alert) {
	}

	/**
	 * An observation, briefly.
	 *
	 * @param summary the start of its words
	 */
	record Recent(UUID id, String code, String category, Instant at, String summary) {
	}

}
