package org.tejido.library.catalogue;

import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of a catalogue, readable more than once without holding them all in memory (a
 * file is read again from its start each time).
 */
@FunctionalInterface
public interface RowSource {

	/** The rows from the first; close the stream when done. */
	Stream<CatalogueRow> open();

	static RowSource of(List<CatalogueRow> rows) {
		return rows::stream;
	}

}
