package org.tejido.network.graph;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The map's files read back as the same map, and bad files and maps are refused by name.
 */
class GraphFilesTests {

	private static final ActorGraph MAP = new ActorGraph(
			List.of(Node.member("m1", "Ana"), Node.group("g1", "Youth"),
					new Node("a1", "Fundación \"Río\" & <Co>", NodeKind.DONOR, Level.INTERNATIONAL, Stance.ALLY, 4,
							false, "pays the lawyer"),
					new Node("a2", "Empresa Minera", NodeKind.COMPANY, Level.NATIONAL, Stance.OPPONENT, 5, true, "")),
			List.of(new Edge("e1", "m1", "g1", RelationType.MEMBER_OF, 1, false),
					new Edge("e2", "m1", "a1", RelationType.KNOWS, 3, false),
					new Edge("e3", "a2", "m1", RelationType.THREATENS, 5, true)));

	@Test
	void gexfGraphMlAndCsvReadBackAsTheSameMap() {
		assertThat(GraphXml.read(new ByteArrayInputStream(GraphXml.gexf(MAP)))).isEqualTo(MAP);
		assertThat(GraphXml.read(new ByteArrayInputStream(GraphXml.graphMl(MAP)))).isEqualTo(MAP);
		assertThat(GraphCsv.read(new ByteArrayInputStream(GraphCsv.nodes(MAP)),
				new ByteArrayInputStream(GraphCsv.edges(MAP))))
			.isEqualTo(MAP);
	}

	@Test
	void aFileWithADoctypeIsRefusedBeforeAnyEntityIsRead() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<graphml><graph><node id=\"&x;\"/></graph></graphml>";
		assertThatThrownBy(() -> GraphXml.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(MapRefused.class,
					(refused) -> assertThat(refused.key()).isEqualTo("network.refused.doctype"));
	}

	@Test
	void aCycleOfCommandsIsNamed() {
		ActorGraph cycle = Maps.map()
			.actor("A", Stance.OPPONENT, Level.LOCAL)
			.actor("B", Stance.OPPONENT, Level.LOCAL)
			.actor("C", Stance.OPPONENT, Level.LOCAL)
			.tie("A", "B", RelationType.COMMANDS)
			.tie("B", "C", RelationType.COMMANDS)
			.tie("C", "A", RelationType.COMMANDS)
			.build();
		assertThat(MapChecks.commandsCycle(cycle)).contains("Actor A → Actor B → Actor C → Actor A");
		assertThatThrownBy(() -> MapChecks.check(cycle)).isInstanceOf(MapRefused.class);
	}

	@Test
	void duplicateIdsUnknownEndsAndInfluenceOutOfRangeAreRefusedByName() {
		assertThatThrownBy(() -> MapChecks.check(Maps.map().member("x").member("x").member("y").member("y").build()))
			.isInstanceOfSatisfying(MapRefused.class,
					(refused) -> assertThat(refused.arguments()).containsExactly("x, y"));
		assertThatThrownBy(() -> MapChecks.check(Maps.map().member("x").knows("x", "elsewhere").build()))
			.isInstanceOfSatisfying(MapRefused.class,
					(refused) -> assertThat(refused.arguments()).containsExactly("elsewhere"));
		ActorGraph loud = new ActorGraph(
				List.of(new Node("a", "Loud", NodeKind.MEDIA, Level.LOCAL, Stance.ALLY, 6, false, "")), List.of());
		assertThatThrownBy(() -> MapChecks.check(loud)).isInstanceOfSatisfying(MapRefused.class,
				(refused) -> assertThat(refused.key()).isEqualTo("network.refused.influence"));
	}

}
