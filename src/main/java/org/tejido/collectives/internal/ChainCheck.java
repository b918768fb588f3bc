package org.tejido.collectives.internal;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking an activity log's chain of hashes.
 *
 * @param entries how many entries were checked
 * @param brokenAt the first entry whose hash or link does not hold, or null if the chain
 * is intact
 */
public record ChainCheck(long entries, @Nullable Long brokenAt) {

	public boolean intact() {
		return this.brokenAt == null;
	}

}
