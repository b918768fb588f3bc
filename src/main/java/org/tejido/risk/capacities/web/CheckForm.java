package org.tejido.risk.capacities.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.tejido.risk.capacities.Capacity;
import org.tejido.risk.capacities.CheckInput;
import org.tejido.risk.capacities.CheckView;
import org.tejido.risk.capacities.Result;

/**
 * What the check form shows: the fields as given (kept when refused), as stored, or a
 * blank check dated today with every result "not yet".
 */
public record CheckForm(Map<String, String> fields) {

	public static CheckForm blank(LocalDate today) {
		Map<String, String> fields = new HashMap<>();
		fields.put("takenOn", today.toString());
		return new CheckForm(fields);
	}

	public static CheckForm of(CheckView check) {
		Map<String, String> fields = new HashMap<>();
		fields.put("takenOn", check.takenOn().toString());
		Integer participants = check.answers().participants();
		fields.put("participants", (participants != null) ? participants.toString() : "");
		for (Capacity capacity : Capacity.values()) {
			fields.put("score." + capacity.code(), Integer.toString(check.answers().score(capacity)));
			fields.put("note." + capacity.code(), check.answers().note(capacity));
		}
		for (Result result : Result.values()) {
			fields.put("result." + result.code(), check.answers().result(result).code());
		}
		return new CheckForm(fields);
	}

	public static CheckForm given(CheckInput input) {
		return new CheckForm(input.fields());
	}

	public String field(String name) {
		String value = this.fields.get(name);
		return (value != null) ? value : "";
	}

	public boolean scored(Capacity capacity, int score) {
		return field("score." + capacity.code()).strip().equals(Integer.toString(score));
	}

	public String note(Capacity capacity) {
		return field("note." + capacity.code());
	}

	/** Whether a result has this answer; no answer reads as "not yet". */
	public boolean answered(Result result, String achievement) {
		String given = field("result." + result.code());
		return given.equals(achievement) || (given.isBlank() && achievement.equals("not-yet"));
	}

}
