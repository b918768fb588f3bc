package org.tejido.risk.capacities;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/** Someone saved the check after the form was opened: 409. */
public class ChangedMeanwhile extends Refused {

	public ChangedMeanwhile() {
		super(HttpStatus.CONFLICT, "capacities.changed-meanwhile");
	}

}
