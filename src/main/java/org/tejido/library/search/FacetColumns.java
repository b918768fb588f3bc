package org.tejido.library.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import org.tejido.library.search.YearRanges.YearRange;

/**
 * The facet values of every document of one index segment, read once from its doc values
 * into plain arrays: for each facet field, each document's value numbers (a document may
 * have several) and their labels; and for the year, which of the year ranges each
 * document falls in. Counting a search's matches then reads arrays instead of decoding
 * doc values six times per match.
 * <p>
 * A segment's documents and values never change once written (a changed resource is
 * written anew in a newer segment, the old one marked deleted), so the columns of a
 * segment hold as long as the segment does; deleted documents are simply never matched.
 */
final class FacetColumns {

	private final Column[] columns;

	private final byte[] yearRanges;

	private final FixedBitSet[] inYearRange;

	private final int values;

	private FacetColumns(Column[] columns, byte[] yearRanges, FixedBitSet[] inYearRange) {
		this.columns = columns;
		this.yearRanges = yearRanges;
		this.inYearRange = inYearRange;
		int values = inYearRange.length;
		for (Column column : columns) {
			values += column.labels().length;
		}
		this.values = values;
	}

	/** Reads the columns of a segment: the given facet fields, and the year ranges. */
	static FacetColumns read(LeafReader segment, List<String> facets, String yearField, List<YearRange> ranges)
			throws IOException {
		if (ranges.size() > Byte.SIZE) {
			throw new IllegalArgumentException("at most " + Byte.SIZE + " year ranges, not " + ranges.size());
		}
		Column[] columns = new Column[facets.size()];
		for (int i = 0; i < columns.length; i++) {
			columns[i] = Column.read(DocValues.getSortedSet(segment, facets.get(i)), segment.maxDoc());
		}
		byte[] yearRanges = yearRanges(DocValues.getSortedNumeric(segment, yearField), ranges, segment.maxDoc());
		FixedBitSet[] inYearRange = new FixedBitSet[ranges.size()];
		for (int r = 0; r < inYearRange.length; r++) {
			inYearRange[r] = new FixedBitSet(segment.maxDoc());
		}
		for (int doc = 0; doc < yearRanges.length; doc++) {
			for (int in = yearRanges[doc] & 0xFF; in != 0; in &= in - 1) {
				inYearRange[Integer.numberOfTrailingZeros(in)].set(doc);
			}
		}
		return new FacetColumns(columns, yearRanges, inYearRange);
	}

	/** How many facet fields there are. */
	int facets() {
		return this.columns.length;
	}

	/** The labels of a facet field's values in this segment, by value number. */
	String[] labels(int facet) {
		return this.columns[facet].labels;
	}

	/**
	 * Counts the matching documents of this segment, for each facet field
	 * ({@code counts[facet][value]}) and each year range: when few match, document by
	 * document; when many do, value by value, as the number of documents both matching
	 * and having the value, a word of 64 documents at a time.
	 */
	void countAll(FixedBitSet matches, int matching, int[][] counts, int[] yearCounts) {
		long byDocument = (long) matching * (2L * this.columns.length + 1);
		long byValue = (long) this.values * FixedBitSet.bits2words(matches.length());
		if (byDocument <= byValue) {
			for (int doc = nextMatch(matches, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = nextMatch(matches,
					doc + 1)) {
				count(doc, counts, yearCounts);
			}
			return;
		}
		for (int facet = 0; facet < this.columns.length; facet++) {
			FixedBitSet[] docsWith = this.columns[facet].docsWith();
			for (int value = 0; value < docsWith.length; value++) {
				counts[facet][value] = (int) FixedBitSet.intersectionCount(matches, docsWith[value]);
			}
		}
		for (int r = 0; r < this.inYearRange.length; r++) {
			yearCounts[r] = (int) FixedBitSet.intersectionCount(matches, this.inYearRange[r]);
		}
	}

	private static int nextMatch(FixedBitSet matches, int from) {
		return (from < matches.length()) ? matches.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
	}

	/**
	 * Counts a document: adds one to each of its values' counts, for each facet field
	 * ({@code counts[facet][value]}), and to the count of each year range it falls in.
	 */
	void count(int doc, int[][] counts, int[] yearCounts) {
		for (int facet = 0; facet < this.columns.length; facet++) {
			Column column = this.columns[facet];
			int[] byValue = counts[facet];
			for (int at = column.starts[doc], end = column.starts[doc + 1]; at < end; at++) {
				byValue[column.values[at]]++;
			}
		}
		for (int ranges = this.yearRanges[doc] & 0xFF; ranges != 0; ranges &= ranges - 1) {
			yearCounts[Integer.numberOfTrailingZeros(ranges)]++;
		}
	}

	private static byte[] yearRanges(SortedNumericDocValues years, List<YearRange> ranges, int maxDoc)
			throws IOException {
		byte[] inRanges = new byte[maxDoc];
		for (int doc = years.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = years.nextDoc()) {
			int mask = 0;
			for (int i = 0; i < years.docValueCount(); i++) {
				mask |= rangesOf(years.nextValue(), ranges);
			}
			inRanges[doc] = (byte) mask;
		}
		return inRanges;
	}

	private static int rangesOf(long year, List<YearRange> ranges) {
		int mask = 0;
		for (int r = 0; r < ranges.size(); r++) {
			if (ranges.get(r).contains(year)) {
				mask |= 1 << r;
			}
		}
		return mask;
	}

	/**
	 * One facet field: document {@code d}'s value numbers are {@code values[starts[d]]}
	 * up to {@code values[starts[d + 1]]}, each a number in {@code labels}.
	 */
	private record Column(int[] starts, int[] values, String[] labels, FixedBitSet[] docsWith) {

		static Column read(SortedSetDocValues docValues, int maxDoc) throws IOException {
			String[] labels = new String[Math.toIntExact(docValues.getValueCount())];
			for (int value = 0; value < labels.length; value++) {
				labels[value] = docValues.lookupOrd(value).utf8ToString();
			}
			FixedBitSet[] docsWith = new FixedBitSet[labels.length];
			for (int value = 0; value < labels.length; value++) {
				docsWith[value] = new FixedBitSet(maxDoc);
			}
			int[] starts = new int[maxDoc + 1];
			int[] values = new int[Math.max(16, maxDoc)];
			int size = 0;
			int filled = 0;
			for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
				while (filled < doc) {
					starts[++filled] = size;
				}
				int count = docValues.docValueCount();
				if (size + count > values.length) {
					values = Arrays.copyOf(values, Math.max(size + count, values.length * 2));
				}
				for (int i = 0; i < count; i++) {
					int value = Math.toIntExact(docValues.nextOrd());
					values[size++] = value;
					docsWith[value].set(doc);
				}
			}
			while (filled < maxDoc) {
				starts[++filled] = size;
			}
			return new Column(starts, Arrays.copyOf(values, size), labels, docsWith);
		}

	}

}
