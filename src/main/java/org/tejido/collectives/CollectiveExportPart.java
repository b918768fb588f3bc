package org.tejido.collectives;

import java.util.List;

/**
 * What another module adds to a collective's export (the zip a coordinator downloads to
 * keep everything the collective has), so that the export holds all of the collective's
 * data, not only what this module keeps. Each file is listed in the export's manifest
 * with its size and hash.
 */
public interface CollectiveExportPart {

	/**
	 * The files to add, read in the export's read-only transaction.
	 * @param coordinator the coordinator exporting
	 */
	List<ExportFile> files(Membership coordinator);

	/**
	 * One file of the export.
	 *
	 * @param path where it goes in the zip, under the module's own folder (e.g.
	 * {@code territory/observations.json})
	 */
	record ExportFile(String path, byte[] content) {
	}

}
