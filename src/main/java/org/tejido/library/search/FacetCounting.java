package org.tejido.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

import org.tejido.library.search.YearRanges.YearRange;

/**
 * Counts the facet values of every match of a search while the search collects them: for
 * each facet field the values with their number of matches, most first (then by label),
 * at most {@code most} of them, and the year ranges in their order, those with matches.
 * The same figures as Lucene's {@code StringValueFacetCounts} and
 * {@code LongRangeFacetCounts}, read from each segment's {@link FacetColumns}, which are
 * kept as long as the segment is part of the index. Public for the search benchmark,
 * which runs the same counting on the bare index.
 */
public final class FacetCounting {

	private final List<String> facets;

	private final String yearField;

	private final List<YearRange> ranges;

	private final int most;

	private volatile Map<Object, FacetColumns> bySegment = Map.of();

	public FacetCounting(List<String> facets, String yearField, List<YearRange> ranges, int most) {
		this.facets = List.copyOf(facets);
		this.yearField = yearField;
		this.ranges = List.copyOf(ranges);
		this.most = most;
	}

	/**
	 * Counts the matches of one search over this reader: the columns of its segments are
	 * read now for the segments not seen before, and let go for the segments gone.
	 */
	public CollectorManager<? extends Collector, Counts> over(IndexReader reader) throws IOException {
		Map<Object, FacetColumns> columns = columnsOf(reader);
		return new CollectorManager<Counter, Counts>() {

			@Override
			public Counter newCollector() {
				return new Counter(columns);
			}

			@Override
			public Counts reduce(Collection<Counter> counters) {
				return FacetCounting.this.reduce(counters);
			}

		};
	}

	private Map<Object, FacetColumns> columnsOf(IndexReader reader) throws IOException {
		Map<Object, FacetColumns> known = this.bySegment;
		Map<Object, FacetColumns> current = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Object key = keyOf(leaf.reader());
			FacetColumns columns = known.get(key);
			current.put(key, (columns != null) ? columns
					: FacetColumns.read(leaf.reader(), this.facets, this.yearField, this.ranges));
		}
		if (!current.keySet().equals(known.keySet())) {
			this.bySegment = Map.copyOf(current);
		}
		return current;
	}

	/**
	 * What identifies a segment's documents and values: its core, whatever its deletions.
	 */
	private static Object keyOf(LeafReader segment) {
		IndexReader.CacheHelper core = segment.getCoreCacheHelper();
		return (core != null) ? core.getKey() : segment;
	}

	private Counts reduce(Collection<Counter> counters) {
		List<Map<String, Long>> byFacet = new ArrayList<>();
		for (int i = 0; i < this.facets.size(); i++) {
			byFacet.add(new HashMap<>());
		}
		long[] years = new long[this.ranges.size()];
		long total = 0;
		for (Counter counter : counters) {
			for (Segment segment : counter.segments) {
				total += segment.matching;
				segment.addTo(byFacet, years);
			}
		}
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (int i = 0; i < this.facets.size(); i++) {
			counts.put(this.facets.get(i), top(byFacet.get(i)));
		}
		Map<String, Long> inRanges = new LinkedHashMap<>();
		for (int r = 0; r < years.length; r++) {
			if (years[r] > 0) {
				inRanges.put(this.ranges.get(r).key(), years[r]);
			}
		}
		counts.put(this.yearField, inRanges);
		return new Counts(total, counts);
	}

	private Map<String, Long> top(Map<String, Long> counts) {
		Map<String, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(this.most)
			.forEach((entry) -> top.put(entry.getKey(), entry.getValue()));
		return top;
	}

	/**
	 * The number of matches, and the counts by facet (in the order asked, the year last).
	 */
	public record Counts(long total, Map<String, Map<String, Long>> facets) {
	}

	/** Collects the matches of one slice of the index, segment by segment. */
	final class Counter implements Collector {

		private final Map<Object, FacetColumns> columns;

		private final List<Segment> segments = new ArrayList<>();

		private Counter(Map<Object, FacetColumns> columns) {
			this.columns = columns;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) {
			FacetColumns columns = this.columns.get(keyOf(context.reader()));
			if (columns == null) {
				throw new IllegalStateException("a segment searched that was not there when the search began");
			}
			Segment segment = new Segment(columns, FacetCounting.this.ranges.size(), context.reader().maxDoc());
			this.segments.add(segment);
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) {
					segment.matches.set(doc);
					segment.matching++;
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

	/** The matches of one segment, then their counts by the segment's value numbers. */
	private static final class Segment {

		private final FacetColumns columns;

		private final FixedBitSet matches;

		private int matching;

		private final int[][] counts;

		private final int[] years;

		Segment(FacetColumns columns, int ranges, int maxDoc) {
			this.columns = columns;
			this.matches = new FixedBitSet(maxDoc);
			this.counts = new int[columns.facets()][];
			for (int facet = 0; facet < this.counts.length; facet++) {
				this.counts[facet] = new int[columns.labels(facet).length];
			}
			this.years = new int[ranges];
		}

		void addTo(List<Map<String, Long>> byFacet, long[] inRanges) {
			this.columns.countAll(this.matches, this.matching, this.counts, this.years);
			for (int facet = 0; facet < this.counts.length; facet++) {
				String[] labels = this.columns.labels(facet);
				for (int value = 0; value < labels.length; value++) {
					if (this.counts[facet][value] > 0) {
						byFacet.get(facet).merge(labels[value], (long) this.counts[facet][value], Long::sum);
					}
				}
			}
			for (int r = 0; r < this.years.length; r++) {
				inRanges[r] += this.years[r];
			}
		}

	}

}
