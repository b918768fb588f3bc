package org.tejido.reports.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a report leaves by: a count from 1 to below the threshold is shown only as
 * "fewer than" it; a sum is made of the cells already shown, never of the counts behind
 * them, so that no total gives a suppressed count away; a position is rounded to the
 * chosen precision.
 */
public final class Anonymiser {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 10;

	private final int threshold;

	/**
	 * @param threshold counts below it are suppressed (1 suppresses nothing)
	 */
	public Anonymiser(int threshold) {
		if (threshold < LOWEST || threshold > HIGHEST) {
			throw new IllegalArgumentException("the threshold is from 1 to 10");
		}
		this.threshold = threshold;
	}

	public int threshold() {
		return this.threshold;
	}

	/** A count as it may be shown. */
	public Cell count(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("a count is never negative");
		}
		if (count > 0 && count < this.threshold) {
			return new Cell(Cell.Kind.FEWER_THAN, this.threshold);
		}
		return Cell.exact(count);
	}

	/**
	 * The sum of cells already shown, suppressed again: exact when every part is; else
	 * "fewer than" the threshold when even the largest sum the parts allow is below it,
	 * "at least" the smallest sum when that reaches the threshold, and suppressed when it
	 * does not.
	 */
	public Cell total(List<Cell> parts) {
		if (parts.stream().allMatch(Cell::isExact)) {
			return count(parts.stream().mapToInt(Cell::value).sum());
		}
		long lower = parts.stream().mapToLong(Cell::lowerBound).sum();
		long upper = parts.stream().mapToLong(Cell::upperBound).sum();
		if (upper < this.threshold) {
			return new Cell(Cell.Kind.FEWER_THAN, this.threshold);
		}
		if (lower >= this.threshold) {
			return new Cell(Cell.Kind.AT_LEAST, (int) Math.min(Integer.MAX_VALUE, lower));
		}
		return new Cell(Cell.Kind.SUPPRESSED, 0);
	}

	/** A latitude or longitude rounded to the nearest multiple of the precision. */
	public static BigDecimal rounded(double degrees, Precision precision) {
		if (precision == Precision.NONE) {
			throw new IllegalArgumentException("no locations are shown at this precision");
		}
		BigDecimal step = precision.step();
		BigDecimal steps = BigDecimal.valueOf(Math.round(degrees / step.doubleValue()));
		BigDecimal value = steps.multiply(step).setScale(precision.decimals(), java.math.RoundingMode.UNNECESSARY);
		return (value.signum() == 0) ? value.abs() : value;
	}

}
