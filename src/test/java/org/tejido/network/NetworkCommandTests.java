package org.tejido.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkCommandTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final NetworkCommand command = new NetworkCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void printsTheIndicatorsOfAGraphAsJsonWithOptionsInAnyOrder() throws IOException {
		Path nodes = write("nodes.csv", """
				id,label,kind,level,stance,influence
				c,Carla,member,local,ally,1
				m1,Mateo,member,local,ally,1
				m2,Mia,member,local,ally,1
				A,Amnistía,organisation,international,ally,5
				""");
		Path edges = write("edges.csv", """
				source,target,type,weight
				c,m1,knows,3
				c,m2,knows,3
				c,A,knows,4
				""");
		int status = this.command
			.run(new String[] { "--edges", edges.toString(), "network", "indicators", "--nodes=" + nodes });
		assertThat(status).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("nodes").asInt()).isEqualTo(4);
		JsonNode gateway = null;
		for (JsonNode indicator : json.get("indicators")) {
			if (indicator.get("code").asString().equals("gateway.international")) {
				gateway = indicator;
			}
		}
		assertThat(gateway).isNotNull();
		assertThat(gateway.get("flagged").asBoolean()).isTrue();
		assertThat(gateway.get("subject").asString()).isEqualTo("c");
		assertThat(gateway.get("explanation").asString())
			.isEqualTo("All the allies at the international level (1) are reached only through Carla.");
	}

	@Test
	void exitsSixtyFourWithTheUsageWhenCalledWrongly() {
		assertThat(this.command.run(new String[] { "network", "indicators", "--nodes", "n.csv" })).isEqualTo(64);
		assertThat(this.command.run(new String[] { "network", "--nodes", "n.csv", "--edges", "e.csv" })).isEqualTo(64);
		assertThat(this.command.run(new String[] { "network", "indicators", "--nodes" })).isEqualTo(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("Usage: java -jar tejido.jar network indicators");
	}

	@Test
	void exitsSixtyFiveSayingWhatIsWrongWithAFile() throws IOException {
		Path nodes = write("nodes.csv", "id,label,influence\na,Alpha,9\n");
		Path edges = write("edges.csv", "source,target\n");
		assertThat(this.command
			.run(new String[] { "network", "indicators", "--nodes", nodes.toString(), "--edges", edges.toString() }))
			.isEqualTo(65);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("The influence of Alpha is 9: it must be a whole number from 1 to 5.");
		assertThat(this.command
			.run(new String[] { "network", "indicators", "--nodes", "missing.csv", "--edges", edges.toString() }))
			.isEqualTo(65);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

}
