package org.tejido.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;

/**
 * The listings of a page of hits, read from the index's doc values: a few bytes read
 * where they lie, where stored fields would decompress a block of neighbouring documents
 * for each hit.
 */
final class Listings {

	private static final Log log = LogFactory.getLog(Listings.class);

	private Listings() {
	}

	/** The listings of these hits, in their order; a hit without one is left out. */
	static List<ResourceListing> read(IndexReader reader, ScoreDoc[] hits) throws IOException {
		@Nullable String[] written = new String[hits.length];
		Integer[] byDoc = new Integer[hits.length];
		Arrays.setAll(byDoc, (i) -> i);
		Arrays.sort(byDoc, Comparator.comparingInt((Integer i) -> hits[i].doc));
		List<LeafReaderContext> leaves = reader.leaves();
		int leaf = -1;
		@Nullable BinaryDocValues values = null;
		for (int i : byDoc) {
			int doc = hits[i].doc;
			int at = ReaderUtil.subIndex(doc, leaves);
			if (at != leaf) {
				leaf = at;
				values = leaves.get(at).reader().getBinaryDocValues(ResourceTextBinder.LISTING);
			}
			if (values != null && values.advanceExact(doc - leaves.get(at).docBase)) {
				written[i] = values.binaryValue().utf8ToString();
			}
		}
		List<ResourceListing> listings = new ArrayList<>(hits.length);
		for (String one : written) {
			if (one != null) {
				listings.add(ResourceListing.read(one));
			}
			else {
				log.warn("A search hit has no listing in the index; it is left out of the page");
			}
		}
		return listings;
	}

}
