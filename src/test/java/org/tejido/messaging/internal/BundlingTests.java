package org.tejido.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundlingTests {

	@Test
	void messagesOfOneTextToDifferentNumbersGoTogetherUpToWhatACallTakes() {
		List<Bundling.Item> items = IntStream.range(0, 7)
			.mapToObj((i) -> new Bundling.Item("collective\nALERT", "+57300100000" + i, 3))
			.toList();
		assertThat(Bundling.of(items)).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5));
	}

	@Test
	void aNumberTwiceInABatchGoesInTwoCalls() {
		List<Bundling.Item> items = List.of(new Bundling.Item("c\nALERT", "+573001000001", 50),
				new Bundling.Item("c\nALERT", "+573001000002", 50), new Bundling.Item("c\nALERT", "+573001000001", 50),
				new Bundling.Item("c\nALERT", "+573001000003", 50));
		assertThat(Bundling.of(items)).containsExactly(List.of(0, 1, 3));
	}

	@Test
	void aNumberWrittenTwoWaysIsStillOneNumber() {
		List<Bundling.Item> items = List.of(new Bundling.Item("c\nALERT", "+573001000001", 50),
				new Bundling.Item("c\nALERT", "00573001000001", 50), new Bundling.Item("c\nALERT", "+573001000002", 50),
				new Bundling.Item("c\nALERT", "+573001000003", 50));
		assertThat(Bundling.of(items)).containsExactly(List.of(0, 2, 3));
	}

	@Test
	void differentTextsOrSendersNeverShareACall() {
		List<Bundling.Item> items = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String key = (i % 3 == 0) ? "a\nALERT" : (i % 3 == 1) ? "a\nALERTA" : "b\nALERT";
			items.add(new Bundling.Item(key, "+57300100000" + i, 50));
		}
		assertThat(Bundling.of(items)).containsExactly(List.of(0, 3), List.of(1, 4), List.of(2, 5));
	}

	@Test
	void messagesThatGoAloneAreInNoBundle() {
		List<Bundling.Item> items = List.of(new Bundling.Item(null, "+573001000001", 50),
				new Bundling.Item(null, "+573001000002", 50), new Bundling.Item("c\nALERT", "+573001000003", 1),
				new Bundling.Item("c\nALERT", "+573001000004", 1), new Bundling.Item("c\nONE", "+573001000005", 50));
		assertThat(Bundling.of(items)).isEmpty();
	}

}
