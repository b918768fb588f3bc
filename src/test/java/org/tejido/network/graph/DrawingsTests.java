package org.tejido.network.graph;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawings are the same bytes for the same map, well-formed, and mark the shadow. */
class DrawingsTests {

	private static final ActorGraph MAP = Maps.map()
		.member("m1")
		.member("m2")
		.group("g", "m1", "m2")
		.ally("A", Level.INTERNATIONAL)
		.actor("O", Stance.OPPONENT, Level.NATIONAL)
		.knows("m1", "A")
		.tie("O", "m2", RelationType.THREATENS)
		.build();

	@Test
	void theSameMapIsDrawnToTheSameBytes() {
		assertThat(Drawings.network(MAP, "n", "Network", "desc"))
			.isEqualTo(Drawings.network(MAP, "n", "Network", "desc"));
		assertThat(Layout.of(MAP, 640, 480, 24)).isNotEmpty();
	}

	@Test
	void everyDrawingIsWellFormedAndNamedForScreenReaders() throws Exception {
		for (String svg : new String[] { Drawings.network(MAP, "n", "Network <&>", "d"),
				Drawings.levels(MAP, "l", "Levels", "d", (key) -> key),
				Drawings.matrix(MAP, "m", "Matrix", "d", (key) -> key) }) {
			DocumentBuilderFactory.newDefaultInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			assertThat(svg).contains("role=\"img\"", "<title", "<desc");
		}
	}

	@Test
	void hiddenRelationsAreDashed() {
		ActorGraph shadow = new ActorGraph(MAP.nodes(),
				java.util.List.of(new Edge("h", "A", "O", RelationType.FUNDS, 2, true)));
		assertThat(Drawings.network(shadow, "n", "t", "d")).contains("stroke-dasharray=\"4 3\"");
		assertThat(Drawings.network(MAP, "n", "t", "d")).doesNotContain("stroke-dasharray=\"4 3\"");
	}

}
