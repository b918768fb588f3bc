package org.tejido.library.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Sorts by a keyword field (its smallest value), documents without one last: the order of
 * Lucene's {@code TermOrdValComparator}, which compares the value numbers of one segment
 * and the values themselves across segments. That comparator reads a value's bytes from
 * the segment's terms each time a document enters the page being collected, which a
 * search sorted by score then title does hundreds of times; this one keeps the value
 * number and reads the bytes only when two documents of different segments are compared
 * or the value is asked for, which is rare. Public for the search benchmark, which sorts
 * the bare index the same way.
 */
public final class KeywordOrder extends FieldComparatorSource {

	private KeywordOrder() {
	}

	/** Ascending by the field's smallest value, documents without a value last. */
	public static SortField ascending(String field) {
		return new SortField(field, new KeywordOrder());
	}

	@Override
	public FieldComparator<BytesRef> newComparator(String field, int hits, Pruning pruning, boolean reversed) {
		return new Comparator(field, hits, !reversed);
	}

	private static final class Comparator extends FieldComparator<BytesRef> implements LeafFieldComparator {

		private final String field;

		private final int missingOrd;

		private final int missingLast;

		private final int[] ords;

		private final int[] readerGen;

		private final @Nullable SortedDocValues[] readFrom;

		private final boolean[] read;

		private final @Nullable BytesRef[] values;

		private final BytesRefBuilder[] bytes;

		private int currentGen = -1;

		private @Nullable SortedDocValues current;

		private int bottomSlot = -1;

		private int bottomOrd;

		private boolean bottomSameReader;

		private @Nullable BytesRef topValue;

		Comparator(String field, int hits, boolean missingLast) {
			this.field = field;
			this.missingOrd = missingLast ? Integer.MAX_VALUE : -1;
			this.missingLast = missingLast ? 1 : -1;
			this.ords = new int[hits];
			this.readerGen = new int[hits];
			this.readFrom = new SortedDocValues[hits];
			this.read = new boolean[hits];
			this.values = new BytesRef[hits];
			this.bytes = new BytesRefBuilder[hits];
		}

		@Override
		public int compare(int slot1, int slot2) {
			if (this.readerGen[slot1] == this.readerGen[slot2]) {
				return Integer.compare(this.ords[slot1], this.ords[slot2]);
			}
			return compareValues(value(slot1), value(slot2));
		}

		@Override
		public int compareValues(@Nullable BytesRef first, @Nullable BytesRef second) {
			if (first == null) {
				return (second == null) ? 0 : this.missingLast;
			}
			return (second == null) ? -this.missingLast : first.compareTo(second);
		}

		/** The slot's value, read from its segment the first time it is asked for. */
		@Override
		public @Nullable BytesRef value(int slot) {
			if (!this.read[slot]) {
				this.values[slot] = bytesOf(slot);
				this.read[slot] = true;
			}
			return this.values[slot];
		}

		private @Nullable BytesRef bytesOf(int slot) {
			SortedDocValues source = this.readFrom[slot];
			if (this.ords[slot] == this.missingOrd || source == null) {
				return null;
			}
			if (this.bytes[slot] == null) {
				this.bytes[slot] = new BytesRefBuilder();
			}
			try {
				this.bytes[slot].copyBytes(source.lookupOrd(this.ords[slot]));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return this.bytes[slot].get();
		}

		@Override
		public void setTopValue(BytesRef value) {
			this.topValue = value;
		}

		@Override
		public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
			this.currentGen++;
			this.current = SortedSetSelector.wrap(DocValues.getSortedSet(context.reader(), this.field),
					SortedSetSelector.Type.MIN);
			if (this.bottomSlot != -1) {
				setBottom(this.bottomSlot);
			}
			return this;
		}

		@Override
		public void setBottom(int slot) throws IOException {
			this.bottomSlot = slot;
			if (this.readerGen[slot] == this.currentGen) {
				this.bottomOrd = this.ords[slot];
				this.bottomSameReader = true;
				return;
			}
			BytesRef bottom = value(slot);
			if (bottom == null) {
				this.bottomOrd = this.missingOrd;
				this.bottomSameReader = true;
				rehome(slot, this.missingOrd);
				return;
			}
			int ord = currentValues().lookupTerm(bottom);
			if (ord < 0) {
				// between two values of this segment: a document equal to neither is
				// above or
				// below it
				this.bottomOrd = -ord - 2;
				this.bottomSameReader = false;
			}
			else {
				this.bottomOrd = ord;
				this.bottomSameReader = true;
				rehome(slot, ord);
			}
		}

		/** The slot's value is also in this segment, as this value number. */
		private void rehome(int slot, int ord) {
			this.readerGen[slot] = this.currentGen;
			this.ords[slot] = ord;
			this.readFrom[slot] = this.current;
		}

		@Override
		public int compareBottom(int doc) throws IOException {
			int ord = ordOf(doc);
			if (this.bottomSameReader) {
				return Integer.compare(this.bottomOrd, ord);
			}
			// bottomOrd is the value just below the bottom's: equal means the bottom is
			// greater
			return (this.bottomOrd >= ord) ? 1 : -1;
		}

		@Override
		public int compareTop(int doc) throws IOException {
			int ord = ordOf(doc);
			BytesRef value = (ord == this.missingOrd) ? null : currentValues().lookupOrd(ord);
			return compareValues(this.topValue, value);
		}

		@Override
		public void copy(int slot, int doc) throws IOException {
			this.ords[slot] = ordOf(doc);
			this.readerGen[slot] = this.currentGen;
			this.readFrom[slot] = this.current;
			this.read[slot] = false;
		}

		@Override
		public void setScorer(Scorable scorer) {
		}

		private int ordOf(int doc) throws IOException {
			SortedDocValues values = currentValues();
			return values.advanceExact(doc) ? values.ordValue() : this.missingOrd;
		}

		private SortedDocValues currentValues() {
			SortedDocValues values = this.current;
			if (values == null) {
				throw new IllegalStateException("no segment is being read");
			}
			return values;
		}

	}

}
