package org.tejido.risk.capacities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * All checks of a collective as one JSON document, for its own use and its export: the
 * scale, then each check with its date, scores and notes by capacity, results by code
 * ({@code yes}, {@code partly}, {@code not-yet}) and their counts.
 */
@Component
public class ChecksJson {

	private final JsonMapper json;

	ChecksJson(JsonMapper json) {
		this.json = json;
	}

	public byte[] of(List<CheckView> checks) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("scale", Map.of("min", Score.MIN, "max", Score.MAX));
		document.put("results", Result.values().length);
		document.put("checks", checks.stream().map(ChecksJson::check).toList());
		return this.json.writeValueAsBytes(document);
	}

	private static Map<String, Object> check(CheckView check) {
		CheckAnswers answers = check.answers();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", check.id().toString());
		row.put("takenOn", check.takenOn().toString());
		row.put("version", check.version());
		row.put("participants", answers.participants());
		Map<String, Object> capacities = new LinkedHashMap<>();
		for (Capacity capacity : Capacity.values()) {
			capacities.put(capacity.code(), Map.of("score", answers.score(capacity), "note", answers.note(capacity)));
		}
		row.put("capacities", capacities);
		Map<String, String> results = new LinkedHashMap<>();
		for (Result result : Result.values()) {
			results.put(result.code(), answers.result(result).code());
		}
		row.put("results", results);
		row.put("resultsReached", answers.count(Achievement.YES));
		row.put("resultsPartly", answers.count(Achievement.PARTLY));
		return row;
	}

}
