package org.tejido.territory;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Membership;

/**
 * A collective's observations as a situation report counts them: the month (UTC), the
 * category and where, nothing else (no words, place name, reporter or patrol). The
 * position is exact; whoever shows it rounds it. Only for coordinators; anyone else gets
 * none.
 */
public interface ObservationFigures {

	/** One entry per observation made from {@code from} (inclusive) to {@code to}. */
	List<ObservationFact> made(Membership coordinator, Instant from, Instant to);

	/**
	 * An observation reduced to what a report may count.
	 *
	 * @param category an observation category code
	 * @param latitude its own position, or else its place's representative point; none
	 * when it has neither
	 */
	record ObservationFact(YearMonth month, String category, @Nullable Double latitude, @Nullable Double longitude) {
	}

}
