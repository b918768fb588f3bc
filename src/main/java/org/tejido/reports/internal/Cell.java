package org.tejido.reports.internal;

import java.util.Locale;

/**
 * One count as it leaves the collective: exact, or suppressed as "fewer than" the
 * threshold, or (for a sum of cells of which some were suppressed) "at least" its lower
 * bound, or suppressed without a bound when even that would show a small count.
 *
 * @param value the count (exact), the threshold (fewer than), the lower bound (at least),
 * or 0 (suppressed)
 */
public record Cell(Kind kind, int value) {

	/** How much a cell says. */
	public enum Kind {

		EXACT, FEWER_THAN, AT_LEAST, SUPPRESSED

	}

	public static Cell exact(int value) {
		return new Cell(Kind.EXACT, value);
	}

	/** The smallest count the cell can stand for. */
	public int lowerBound() {
		return switch (this.kind) {
			case EXACT, AT_LEAST -> this.value;
			case FEWER_THAN, SUPPRESSED -> 1;
		};
	}

	/**
	 * The largest count it can stand for, or {@link Integer#MAX_VALUE} when unbounded.
	 */
	public int upperBound() {
		return switch (this.kind) {
			case EXACT -> this.value;
			case FEWER_THAN -> this.value - 1;
			case AT_LEAST, SUPPRESSED -> Integer.MAX_VALUE;
		};
	}

	public boolean isExact() {
		return this.kind == Kind.EXACT;
	}

	/** As the CSV writes it: {@code 7}, {@code <3}, {@code >=5} or {@code suppressed}. */
	public String text() {
		return switch (this.kind) {
			case EXACT -> Integer.toString(this.value);
			case FEWER_THAN -> "<" + this.value;
			case AT_LEAST -> ">=" + this.value;
			case SUPPRESSED -> "suppressed";
		};
	}

	/**
	 * Reads what {@link #text()} wrote.
	 * @throws IllegalArgumentException for anything else
	 */
	public static Cell parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.equals("suppressed")) {
			return new Cell(Kind.SUPPRESSED, 0);
		}
		if (t.startsWith(">=")) {
			return new Cell(Kind.AT_LEAST, Integer.parseInt(t.substring(2)));
		}
		if (t.startsWith("<")) {
			return new Cell(Kind.FEWER_THAN, Integer.parseInt(t.substring(1)));
		}
		int value = Integer.parseInt(t);
		if (value < 0) {
			throw new IllegalArgumentException("a count is never negative");
		}
		return exact(value);
	}

}
