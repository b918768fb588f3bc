package org.tejido.risk.capacities;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/** The collective already has a check on that date: 422, naming the check to change. */
public class DateTaken extends Refused {

	private final UUID existing;

	public DateTaken(UUID existing, String date) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "capacities.date-taken", date);
		this.existing = existing;
	}

	public UUID existing() {
		return this.existing;
	}

}
