package org.tejido.risk.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewChangesTests {

	@Test
	void listsThreatsAddedAndRemovedAndRisksThatMoved() {
		Threat kept = threat("Smear campaign", 2, 3);
		Threat gone = threat("Fumigation", 3, 3);
		ReviewContent before = new ReviewContent(List.of(kept, gone), List.of(), List.of(), List.of());
		Threat raised = new Threat(kept.id(), kept.title(), "more facts", "", "", "", null, "", "", 4, 4, List.of(),
				List.of(), kept.vulnerabilities(), kept.capacities());
		Threat added = threat("Eviction order", 4, 4);
		ReviewChanges changes = ReviewChanges.between(before,
				new ReviewContent(List.of(raised, added), List.of(), List.of(), List.of()));
		assertThat(changes.added()).containsExactly(added);
		assertThat(changes.removed()).containsExactly(gone);
		assertThat(changes.moved()).singleElement().satisfies((move) -> {
			assertThat(move.up()).isTrue();
			assertThat(move.before()).isEqualTo(6);
			assertThat(move.bandBefore()).isEqualTo(RiskBand.MEDIUM);
			assertThat(move.after()).isEqualTo(16);
			assertThat(move.bandAfter()).isEqualTo(RiskBand.HIGH);
		});
		assertThat(changes.items()).isEmpty();
	}

	@Test
	void anEditThatKeepsALineKeepsTheItemAndOnlyNewOrDroppedLinesAreChanges() {
		List<Item> first = Items.read(List.of(), Map.of(Group.COLLECTIVE, "No radio\nLeaders walk alone"));
		List<Item> second = Items.read(first,
				Map.of(Group.COLLECTIVE, "Leaders walk alone", Group.WOMEN, "Women fetch water alone"));
		assertThat(second.get(0).id()).isEqualTo(first.get(1).id());
		ReviewChanges changes = ReviewChanges.between(new ReviewContent(List.of(), first, List.of(), List.of()),
				new ReviewContent(List.of(), second, List.of(), List.of()));
		assertThat(changes.items()).extracting((change) -> change.item().text() + ":" + change.added())
			.containsExactlyInAnyOrder("Women fetch water alone:true", "No radio:false");
		assertThat(changes.moved()).isEmpty();
	}

	@Test
	void nothingChangedIsEmpty() {
		Threat same = threat("Intimidation", 3, 3);
		ReviewContent content = new ReviewContent(List.of(same), List.of(), List.of(), List.of());
		assertThat(ReviewChanges.between(content, content).isEmpty()).isTrue();
	}

	private static Threat threat(String title, int likelihood, int impact) {
		return new Threat(UUID.randomUUID(), title, "facts", "", "", "", null, "", "", likelihood, impact, List.of(),
				List.of(), Items.read(List.of(), Map.of(Group.COLLECTIVE, "Weak " + title)), List.of());
	}

}
