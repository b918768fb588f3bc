package org.tejido.risk.capacities;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a check says: a score for each of the five capacities, an optional note for each,
 * how far each result is reached, and how many people took part (if said).
 */
public record CheckAnswers(Map<Capacity, Integer> scores, Map<Capacity, String> notes, Map<Result, Achievement> results,
		@Nullable Integer participants) {

	public CheckAnswers {
		scores = Collections.unmodifiableMap(new EnumMap<>(scores));
		notes = Collections.unmodifiableMap(new EnumMap<>(notes));
		results = Collections.unmodifiableMap(new EnumMap<>(results));
	}

	public int score(Capacity capacity) {
		return this.scores.get(capacity);
	}

	public String note(Capacity capacity) {
		return this.notes.getOrDefault(capacity, "");
	}

	public Achievement result(Result result) {
		return this.results.getOrDefault(result, Achievement.NOT_YET);
	}

	public int count(Achievement achievement) {
		return (int) this.results.values().stream().filter((given) -> given == achievement).count();
	}

	/** The share of all results reached fully, in whole percent. */
	public int achievedPercent() {
		return Math.round(100f * count(Achievement.YES) / Result.values().length);
	}

	/** The share of all results reached partly, in whole percent. */
	public int partlyPercent() {
		return Math.round(100f * count(Achievement.PARTLY) / Result.values().length);
	}

}
