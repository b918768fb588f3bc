package org.tejido.collectives;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The collective's tamper-evident activity chain, for every module that acts on a
 * collective's data: each entry says who did what to which record, and carries the hash
 * of the entry before it. Coordinators read it on the activity page; {@code collectives
 * verify-log} checks it.
 */
public interface CollectiveActivity {

	/**
	 * Appends an entry in the caller's transaction (there must be one), so the entry and
	 * what it records are kept or lost together.
	 * @param collective the collective acted on
	 * @param actor the member who acted, or nothing when the collective's own machinery
	 * did
	 * @param action a code the message bundles name as {@code activity.<action>}
	 * @param subject the record acted on, if any
	 */
	void record(UUID collective, @Nullable UUID actor, String action, @Nullable UUID subject);

}
