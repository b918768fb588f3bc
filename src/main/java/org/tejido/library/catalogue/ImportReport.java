package org.tejido.library.catalogue;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): resources created, updated and left as
 * they were, and every rejected row with its reasons.
 */
public record ImportReport(boolean dryRun, List<String> created, List<String> updated, int unchanged,
		List<RowCheck> rejected) {

	public boolean wroteNothing() {
		return this.dryRun || (this.created.isEmpty() && this.updated.isEmpty());
	}

}
