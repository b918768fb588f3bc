package org.tejido.library.search;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SearchTurnsTests {

	@Test
	void noMoreSearchesRunAtOnceThanAllowedAndTheNextGoesWhenOneEnds() throws Exception {
		SearchTurns turns = new SearchTurns(2);
		AtomicInteger running = new AtomicInteger();
		CountDownLatch twoInside = new CountDownLatch(2);
		CountDownLatch finish = new CountDownLatch(1);
		try (ExecutorService searchers = Executors.newFixedThreadPool(3)) {
			Future<?>[] searches = new Future<?>[3];
			for (int i = 0; i < 3; i++) {
				searches[i] = searchers.submit(() -> turns.take(() -> {
					running.incrementAndGet();
					twoInside.countDown();
					await(finish);
					return running.getAndDecrement();
				}));
			}
			assertThat(twoInside.await(10, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(200);
			assertThat(running.get()).as("searches inside while two hold their turn").isEqualTo(2);
			finish.countDown();
			int mostSeen = 0;
			for (Future<?> search : searches) {
				mostSeen = Math.max(mostSeen, (Integer) search.get(10, TimeUnit.SECONDS));
			}
			assertThat(mostSeen).isEqualTo(2);
		}
		assertThat(running.get()).isZero();
	}

	@Test
	void aSearchThatFailsPassesItsTurnOn() {
		SearchTurns turns = new SearchTurns(1);
		assertThatIllegalStateException().isThrownBy(() -> turns.take(() -> {
			throw new IllegalStateException("index unreadable");
		}));
		assertThat(turns.take(() -> "found")).isEqualTo("found");
	}

	@Test
	void byDefaultAsManyRunAtOnceAsTheMachineHasCores() {
		assertThat(SearchTurns.perCore().atOnce()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(SearchTurns.of(0).atOnce()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(SearchTurns.of(3).atOnce()).isEqualTo(3);
	}

	@Test
	void atLeastOneSearchMustBeAllowed() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchTurns(0))
			.withMessageContaining("searches-at-once");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
