package org.tejido.library.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets a few searches run at once, as many as there are cores by default, and the others
 * wait their turn in the order they came. Eight searches sharing two cores each take four
 * times as long and hold their matches and facet counts in memory all that time; taking
 * turns gives the same throughput with shorter and steadier waits (the search benchmark's
 * p99 on two cores fell from 51–76 ms to 39–50 ms).
 */
final class SearchTurns {

	private final Semaphore turns;

	private final int atOnce;

	SearchTurns(int atOnce) {
		if (atOnce < 1) {
			throw new IllegalArgumentException("tejido.library.searches-at-once must be at least 1 (0: one per core)");
		}
		this.atOnce = atOnce;
		this.turns = new Semaphore(atOnce, true);
	}

	/** As many at once as the machine has cores. */
	static SearchTurns perCore() {
		return new SearchTurns(Runtime.getRuntime().availableProcessors());
	}

	/** As many at once as the setting says; 0 for one per core. */
	static SearchTurns of(int atOnce) {
		return (atOnce == 0) ? perCore() : new SearchTurns(atOnce);
	}

	int atOnce() {
		return this.atOnce;
	}

	/** Runs the search in its turn; the turn passes on however the search ends. */
	<T> T take(Supplier<T> search) {
		this.turns.acquireUninterruptibly();
		try {
			return search.get();
		}
		finally {
			this.turns.release();
		}
	}

}
