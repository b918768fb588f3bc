package org.tejido.risk.capacities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A check as a form sends it: the date ({@code takenOn}), {@code score.<capacity>} (1 to
 * 4), {@code note.<capacity>}, {@code result.<result>} ({@code yes}, {@code partly} or
 * {@code not-yet}; missing means not yet) and {@code participants}.
 */
public record CheckInput(Map<String, String> fields) {

	public static final int NOTE_LENGTH = 1000;

	public static final int MOST_PARTICIPANTS = 100_000;

	public String field(String name) {
		String value = this.fields.get(name);
		return (value != null) ? value : "";
	}

	/**
	 * @param lastDayBegun the latest date that has begun anywhere (a date after it is in
	 * the future for everyone)
	 * @throws Invalid naming the first field that cannot be kept
	 */
	public CheckDraft checked(LocalDate lastDayBegun) {
		LocalDate takenOn = takenOn(lastDayBegun);
		Map<Capacity, Integer> scores = new EnumMap<>(Capacity.class);
		Map<Capacity, String> notes = new EnumMap<>(Capacity.class);
		for (Capacity capacity : Capacity.values()) {
			scores.put(capacity, score(capacity));
			String note = field("note." + capacity.code()).strip();
			if (note.length() > NOTE_LENGTH) {
				throw new Invalid("capacities.invalid.note", capacity, NOTE_LENGTH);
			}
			notes.put(capacity, note);
		}
		Map<Result, Achievement> results = new EnumMap<>(Result.class);
		for (Result result : Result.values()) {
			String given = field("result." + result.code());
			results.put(result, given.isBlank() ? Achievement.NOT_YET
					: Achievement.fromCode(given).orElseThrow(() -> new Invalid("capacities.invalid.result", result)));
		}
		return new CheckDraft(takenOn, new CheckAnswers(scores, notes, results, participants()));
	}

	private LocalDate takenOn(LocalDate lastDayBegun) {
		String given = field("takenOn").strip();
		if (given.isEmpty()) {
			throw new Invalid("capacities.invalid.date-missing");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(given);
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("capacities.invalid.date", shortened(given));
		}
		if (date.isAfter(lastDayBegun)) {
			throw new Invalid("capacities.invalid.future", date.toString());
		}
		return date;
	}

	private int score(Capacity capacity) {
		String given = field("score." + capacity.code()).strip();
		if (given.isEmpty()) {
			throw new Invalid("capacities.invalid.score-missing", capacity);
		}
		try {
			int score = Integer.parseInt(given);
			if (Score.valid(score)) {
				return score;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as a number out of the scale
		}
		throw new Invalid("capacities.invalid.score", capacity, shortened(given), Score.MIN, Score.MAX);
	}

	private @Nullable Integer participants() {
		String given = field("participants").strip();
		if (given.isEmpty()) {
			return null;
		}
		try {
			int count = Integer.parseInt(given);
			if (count >= 1 && count <= MOST_PARTICIPANTS) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Invalid("capacities.invalid.participants", shortened(given));
	}

	private static String shortened(String given) {
		return (given.length() <= 12) ? given : given.substring(0, 12) + "…";
	}

}
