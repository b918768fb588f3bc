package org.tejido.collectives.web;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagedTests {

	private final List<Integer> people = IntStream.rangeClosed(1, 85).boxed().toList();

	@Test
	void showsFortyAtATimeWithLinksBothWays() {
		Paged<Integer> first = Paged.of(this.people, 1);
		assertThat(first.items()).hasSize(40).startsWith(1).endsWith(40);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		Paged<Integer> last = Paged.of(this.people, 3);
		assertThat(last.items()).containsExactly(81, 82, 83, 84, 85);
		assertThat(last.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void pagesOutsideTheListShowTheNearestOne() {
		assertThat(Paged.of(this.people, 0).number()).isEqualTo(1);
		assertThat(Paged.of(this.people, -7).items()).startsWith(1);
		assertThat(Paged.of(this.people, 99).number()).isEqualTo(3);
		assertThat(Paged.of(List.of(), 5).items()).isEmpty();
		assertThat(Paged.of(List.of(), 5).hasNext()).isFalse();
	}

}
