package org.tejido.risk.capacities;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of a check as the JSON that is sealed: capacities and results by their
 * codes, so that the stored form does not depend on the names of the Java types.
 */
final class AnswersJson {

	private final JsonMapper json;

	AnswersJson(JsonMapper json) {
		this.json = json;
	}

	String write(CheckAnswers answers) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		answers.scores().forEach((capacity, score) -> scores.put(capacity.code(), score));
		answers.notes().forEach((capacity, note) -> notes.put(capacity.code(), note));
		Map<String, String> results = new LinkedHashMap<>();
		answers.results().forEach((result, achievement) -> results.put(result.code(), achievement.code()));
		return this.json.writeValueAsString(new Stored(scores, notes, results, answers.participants()));
	}

	CheckAnswers read(String text) {
		Stored stored = this.json.readValue(text, Stored.class);
		Map<Capacity, Integer> scores = new EnumMap<>(Capacity.class);
		Map<Capacity, String> notes = new EnumMap<>(Capacity.class);
		for (Capacity capacity : Capacity.values()) {
			scores.put(capacity, stored.scores().getOrDefault(capacity.code(), Score.MIN));
			notes.put(capacity, stored.notes().getOrDefault(capacity.code(), ""));
		}
		Map<Result, Achievement> results = new EnumMap<>(Result.class);
		for (Result result : Result.values()) {
			results.put(result,
					Achievement.fromCode(stored.results().getOrDefault(result.code(), "")).orElse(Achievement.NOT_YET));
		}
		return new CheckAnswers(scores, notes, results, stored.participants());
	}

	record Stored(Map<String, Integer> scores, Map<String, String> notes, Map<String, String> results,
			@Nullable Integer participants) {
	}

}
