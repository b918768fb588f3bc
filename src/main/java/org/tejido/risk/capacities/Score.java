package org.tejido.risk.capacities;

import java.util.stream.IntStream;

/**
 * The scale a capacity is scored on: 1 "not yet", 2 "a little", 3 "mostly", 4 "fully".
 * Four steps and no middle, so that a collective has to lean one way.
 */
public final class Score {

	public static final int MIN = 1;

	public static final int MAX = 4;

	private Score() {
	}

	public static boolean valid(int score) {
		return score >= MIN && score <= MAX;
	}

	/** The scores from the lowest, for forms and axes. */
	public static int[] all() {
		return IntStream.rangeClosed(MIN, MAX).toArray();
	}

}
