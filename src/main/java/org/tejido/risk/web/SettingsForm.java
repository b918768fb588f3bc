package org.tejido.risk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

import org.tejido.risk.internal.Invalid;
import org.tejido.risk.internal.Settings;

/**
 * An assessment's settings form as typed: title, facilitator, rhythm in months, next
 * review date, readers (and, when creating, the day the first review was held).
 */
public record SettingsForm(String title, String facilitator, String every, String nextReviewOn, List<String> readers,
		String heldOn) {

	static SettingsForm blank(LocalDate today) {
		return new SettingsForm("", "", "6", "", List.of(), today.toString());
	}

	static SettingsForm of(Settings settings) {
		return new SettingsForm(settings.title(), settings.facilitator(),
				Integer.toString(settings.reviewEveryMonths()),
				(settings.nextReviewOn() != null) ? settings.nextReviewOn().toString() : "",
				settings.readers().stream().map(UUID::toString).toList(), "");
	}

	static SettingsForm read(MultiValueMap<String, String> form) {
		List<String> readers = form.get("reader");
		return new SettingsForm(ThreatForm.one(form, "title"), ThreatForm.one(form, "facilitator"),
				ThreatForm.one(form, "every"), ThreatForm.one(form, "next_review_on"),
				(readers != null) ? List.copyOf(readers) : List.of(), ThreatForm.one(form, "held_on"));
	}

	public boolean reads(UUID member) {
		return this.readers.contains(member.toString());
	}

	/**
	 * @throws Invalid if the rhythm or a date cannot be read
	 */
	Settings settings() {
		int months;
		try {
			months = Integer.parseInt(this.every.strip());
		}
		catch (NumberFormatException ex) {
			throw new Invalid("risk.assessment.rhythm-scale");
		}
		Set<UUID> chosen = new HashSet<>();
		for (String reader : this.readers) {
			try {
				chosen.add(UUID.fromString(reader));
			}
			catch (IllegalArgumentException ex) {
				// not one of the people offered: left out
			}
		}
		return new Settings(this.title, this.facilitator, months, date(this.nextReviewOn), chosen);
	}

	LocalDate held() {
		LocalDate held = date(this.heldOn);
		if (held == null) {
			throw new Invalid("risk.review.held-missing");
		}
		return held;
	}

	static @Nullable LocalDate date(String typed) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("risk.date-unreadable", typed.strip());
		}
	}

}
