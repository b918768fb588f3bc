package org.tejido.risk.internal;

import org.springframework.http.HttpStatus;

import org.tejido.site.Refused;

/**
 * An edit made on a version of the assessment that someone else changed meanwhile: 409.
 * Forms answer it by showing the current version beside what the person typed.
 */
public class Stale extends Refused {

	public Stale() {
		super(HttpStatus.CONFLICT, "risk.changed-meanwhile");
	}

}
