package org.tejido.library.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The year ranges offered as a facet, from before 2000 to the present.
 */
public final class YearRanges {

	public static final List<YearRange> ALL = List.of(new YearRange("before-2000", null, 1999),
			new YearRange("2000-2009", 2000, 2009), new YearRange("2010-2014", 2010, 2014),
			new YearRange("2015-2019", 2015, 2019), new YearRange("2020-", 2020, null));

	private YearRanges() {
	}

	/** A range of years; either end may be open. */
	public record YearRange(String key, @Nullable Integer from, @Nullable Integer to) {

		/** Whether the year falls in the range, both ends included. */
		public boolean contains(long year) {
			return (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
		}

	}

}
