package org.tejido.risk.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * A change of a measure made on a version someone else changed meanwhile: 409. The form
 * shows the measure as it is now beside what the person typed.
 */
public class PlanStale extends Refused {

	public PlanStale() {
		super(HttpStatus.CONFLICT, "plans.measure.changed-meanwhile");
	}

}
