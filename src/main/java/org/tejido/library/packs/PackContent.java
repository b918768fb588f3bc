package org.tejido.library.packs;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything a pack holds before it is signed: its texts (pages, scripts, feeds) by path
 * and the files copied from the file store.
 *
 * @param leftOut how many attached files were left out because their licence does not
 * allow copies
 */
record PackContent(SortedMap<String, byte[]> texts, List<CopiedFile> files, int resources, int leftOut) {

	/** A stored file copied into the pack. */
	record CopiedFile(String path, String sha256, Path stored, long size) {
	}

}
