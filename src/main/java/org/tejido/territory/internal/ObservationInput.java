package org.tejido.territory.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * An observation as typed into the form, before it is checked.
 *
 * @param place the id of a place of the territory, or empty
 * @param position {@code latitude, longitude}, or empty
 * @param when {@code yyyy-MM-ddTHH:mm} in UTC, or empty for now
 * @param patrol the id of the patrol it was made on, or empty
 */
public record ObservationInput(String category, String place, String position, String when, String text,
		String patrol) {

	public static ObservationInput empty() {
		return new ObservationInput("", "", "", "", "", "");
	}

	/**
	 * @param knownPlace whether an id names a place the person may see
	 * @param knownPatrol whether an id names a patrol of the collective
	 * @throws Invalid naming the first problem
	 */
	public Sighting checked(Predicate<UUID> knownPlace, Predicate<UUID> knownPatrol) {
		ObservationCategory checkedCategory = ObservationCategory.fromCode(this.category)
			.orElseThrow(() -> new Invalid("territory.obs.category-unknown"));
		String words = this.text.strip();
		if (words.length() > Sighting.MAX_TEXT) {
			throw new Invalid("territory.obs.too-long");
		}
		UUID checkedPlace = id(this.place, knownPlace, "territory.obs.place-unknown");
		String checkedPosition = Positions.checked(this.position);
		if (words.isEmpty() && checkedPlace == null && checkedPosition.isEmpty()) {
			throw new Invalid("territory.obs.say-what-or-where");
		}
		return new Sighting(checkedCategory, when(this.when), checkedPlace, checkedPosition, words,
				id(this.patrol, knownPatrol, "territory.obs.patrol-unknown"), null);
	}

	private static @Nullable UUID id(String typed, Predicate<UUID> known, String problem) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(typed.strip());
			if (known.test(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// not an id: refused below
		}
		throw new Invalid(problem);
	}

	static Instant when(String typed) {
		if (typed.isBlank()) {
			return Instant.now();
		}
		try {
			Instant when = LocalDateTime.parse(typed.strip()).toInstant(ZoneOffset.UTC);
			if (when.isAfter(Instant.now().plusSeconds(3600))) {
				throw new Invalid("territory.obs.when-future");
			}
			return when;
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("territory.obs.when-invalid");
		}
	}

}
