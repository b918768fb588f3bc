package org.tejido.network.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every indicator against values computed by hand on three small networks: a star, a
 * chain, and two cliques joined by a bridge (see docs/network.md for the formulas).
 */
class NetworkIndicatorsTests {

	/** c knows members m1..m3 and two allies, one local, one international. */
	private static final ActorGraph STAR = Maps.map()
		.member("c")
		.member("m1")
		.member("m2")
		.member("m3")
		.ally("A1", Level.LOCAL)
		.ally("A2", Level.INTERNATIONAL)
		.knows("c", "m1")
		.knows("c", "m2")
		.knows("c", "m3")
		.knows("c", "A1")
		.knows("c", "A2")
		.build();

	/** m1 - m2 - X (neutral, national) - A (ally, international). */
	private static final ActorGraph CHAIN = Maps.map()
		.member("m1")
		.member("m2")
		.actor("X", Stance.NEUTRAL, Level.NATIONAL)
		.ally("A", Level.INTERNATIONAL)
		.knows("m1", "m2")
		.knows("m2", "X")
		.tie("X", "A", RelationType.INFORMS)
		.build();

	/**
	 * Members a, b, c all tied, in group G; allies x (local), y (national), z
	 * (international) all allied; c knows x: the bridge.
	 */
	private static final ActorGraph CLIQUES = Maps.map()
		.member("a")
		.member("b")
		.member("c")
		.group("G", "a", "b", "c")
		.ally("x", Level.LOCAL)
		.ally("y", Level.NATIONAL)
		.ally("z", Level.INTERNATIONAL)
		.knows("a", "b")
		.knows("a", "c")
		.knows("b", "c")
		.tie("x", "y", RelationType.ALLIED_WITH)
		.tie("x", "z", RelationType.ALLIED_WITH)
		.tie("y", "z", RelationType.ALLIED_WITH)
		.knows("c", "x")
		.build();

	@Test
	void theCentreOfAStarHoldsEveryWayToTheAllies() {
		List<Indicator> star = NetworkIndicators.of(STAR);
		assertThat(indicator(star, "concentration")).satisfies((it) -> {
			assertThat(it.subject()).isEqualTo("c");
			assertThat(it.value()).isEqualTo(1.0);
			assertThat(it.flagged()).isTrue();
			assertThat(it.numbers()).containsExactly(100L, 6L, 0L);
		});
		assertThat(indicator(star, "fragility")).satisfies((it) -> {
			assertThat(it.subject()).isEqualTo("c");
			assertThat(it.value()).isEqualTo(3);
			assertThat(it.numbers()).containsExactly(3L, 1L, 5L);
		});
		assertThat(indicator(star, "density").value()).isCloseTo(0.5, within(1e-9));
		assertThat(indicator(star, "density").numbers()).containsExactly(50L, 0L, 3L);
		assertThat(indicator(star, "isolated").value()).isZero();
		assertThat(indicator(star, "reach.local").value()).isEqualTo(1);
		assertThat(indicator(star, "reach.national").flagged()).isTrue();
		assertThat(indicator(star, "reach.international").value()).isEqualTo(1);
		assertThat(indicator(star, "gateway.international")).satisfies((it) -> {
			assertThat(it.flagged()).isTrue();
			assertThat(it.subject()).isEqualTo("c");
			assertThat(it.numbers()).containsExactly(1L, 1L);
		});
		assertThat(indicator(star, "gateway.national").flagged()).isFalse();
	}

	@Test
	void aChainBreaksWhereverItIsCut() {
		List<Indicator> chain = NetworkIndicators.of(CHAIN);
		assertThat(indicator(chain, "concentration").subject()).isEqualTo("m2");
		assertThat(indicator(chain, "concentration").numbers()).containsExactly(100L, 1L, 0L);
		assertThat(indicator(chain, "fragility")).satisfies((it) -> {
			assertThat(it.subject()).isEqualTo("X");
			assertThat(it.value()).isEqualTo(2);
			assertThat(it.numbers()).containsExactly(2L, 2L, 3L);
		});
		assertThat(indicator(chain, "density").value()).isEqualTo(1.0);
		assertThat(indicator(chain, "reach.international").value()).isEqualTo(1);
		assertThat(indicator(chain, "reach.local").flagged()).isTrue();
		assertThat(indicator(chain, "reach.national").flagged()).as("a neutral actor is no ally").isTrue();
		assertThat(indicator(chain, "gateway.international").subject()).isEqualTo("m2");
		assertThat(indicator(chain, "gateway.international").flagged()).isTrue();
	}

	@Test
	void twoCliquesJoinedByABridgeDependOnBothEndsOfIt() {
		List<Indicator> cliques = NetworkIndicators.of(CLIQUES);
		assertThat(indicator(cliques, "concentration").subject()).isEqualTo("c");
		assertThat(indicator(cliques, "concentration").numbers()).containsExactly(100L, 6L, 0L);
		assertThat(indicator(cliques, "fragility")).satisfies((it) -> {
			assertThat(it.subject()).isEqualTo("x");
			assertThat(it.numbers()).containsExactly(3L, 2L, 1L);
		});
		assertThat(indicator(cliques, "density").numbers()).containsExactly(100L, 100L, 6L);
		assertThat(indicator(cliques, "density").flagged()).isFalse();
		for (Level level : Level.values()) {
			assertThat(indicator(cliques, "reach." + level.code()).value()).isEqualTo(1);
			assertThat(indicator(cliques, "gateway." + level.code()).subject()).isEqualTo("c");
		}
		assertThat(indicator(cliques, "openness.G")).satisfies((it) -> {
			assertThat(it.value()).isCloseTo(-0.5, within(1e-9));
			assertThat(it.flagged()).isTrue();
			assertThat(it.numbers()).containsExactly(1L, 3L, -50L);
		});
	}

	@Test
	void betweennessOfTheStarsCentreIsEveryPairOfLeaves() {
		SupportNetwork star = new SupportNetwork(STAR);
		assertThat(Betweenness.of(star.adjacency)[0]).isEqualTo(10.0);
		assertThat(Betweenness.of(new SupportNetwork(CHAIN).adjacency)).containsExactly(0, 2, 2, 0);
	}

	@Test
	void betweennessIsJGraphTsOnARandomNetwork() {
		java.util.Random random = new java.util.Random(11);
		Maps map = Maps.map();
		for (int i = 0; i < 60; i++) {
			map.member("n" + i);
		}
		for (int i = 0; i < 150; i++) {
			map.knows("n" + random.nextInt(60), "n" + random.nextInt(60));
		}
		SupportNetwork network = new SupportNetwork(map.build());
		double[] ours = Betweenness.of(network.adjacency);
		var theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(network.graph).getScores();
		for (int v = 0; v < 60; v++) {
			assertThat(ours[v]).as("node " + v).isCloseTo(theirs.get(v), within(1e-9));
		}
	}

	@Test
	void opponentsAndThreatsCarryNoSupport() {
		ActorGraph map = Maps.map()
			.member("m1")
			.member("m2")
			.actor("O", Stance.OPPONENT, Level.NATIONAL)
			.ally("A", Level.NATIONAL)
			.knows("m1", "O")
			.knows("O", "A")
			.tie("m2", "A", RelationType.THREATENS)
			.build();
		List<Indicator> indicators = NetworkIndicators.of(map);
		assertThat(indicator(indicators, "reach.national").value()).isZero();
		assertThat(indicator(indicators, "isolated").value()).isEqualTo(2);
		assertThat(indicator(indicators, "isolated").subjectLabel()).isEqualTo("Member m1, Member m2");
		assertThat(indicator(indicators, "density").flagged()).isTrue();
	}

	@Test
	void aCollectiveWithNoMembersOrAlliesFlagsNoPerson() {
		List<Indicator> indicators = NetworkIndicators.of(Maps.map().ally("A", Level.LOCAL).build());
		assertThat(indicator(indicators, "concentration").flagged()).isFalse();
		assertThat(indicator(indicators, "fragility").flagged()).isFalse();
		assertThat(indicator(indicators, "gateway.local").flagged()).isFalse();
	}

	private static Indicator indicator(List<Indicator> indicators, String code) {
		return indicators.stream().filter((it) -> it.code().equals(code)).findFirst().orElseThrow();
	}

}
