package org.tejido.library.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one row: a draft ready to write, or the problems that stop it.
 */
public record RowCheck(CatalogueRow row, @Nullable ResourceDraft draft, List<Problem> problems) {

	public boolean accepted() {
		return this.draft != null;
	}

	public String title() {
		return this.row.get("title");
	}

}
