package org.tejido.collectives.keys;

import java.util.UUID;

/**
 * A collective's data cannot be decrypted: its key was destroyed, or the bytes were
 * altered.
 */
public class UnreadableData extends RuntimeException {

	UnreadableData(UUID collective) {
		super("The data of collective " + collective + " cannot be decrypted", null, false, false);
	}

}
