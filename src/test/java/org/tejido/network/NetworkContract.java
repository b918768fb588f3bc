package org.tejido.network;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.network.graph.ActorGraph;
import org.tejido.network.graph.GraphXml;
import org.tejido.network.graph.Node;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.DatabaseDump;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor map and the protection network through HTTP: a coordinator builds a map, sees
 * it drawn without script, the indicators name the one member through whom every
 * international ally passes, the finding goes to the risk assessment in one action, the
 * map is sealed and closed to everyone not chosen, and bad input is refused by name with
 * nothing written.
 */
public interface NetworkContract {

	Pattern ACTOR = Pattern.compile("/network/actors/([0-9a-f-]{36})$");

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	@Test
	default void networkMapOfTwentyActorsFlagsTheOneMemberThroughWhomAllInternationalAlliesPass() throws Exception {
		Built map = build("Red Alto Río");
		Browser coordinator = map.coordinator();
		HttpResponse<String> home = coordinator.get(map.home() + "/network");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("20 actors", "Fundación Horizonte Internacional");
		for (String view : List.of("/network/matrix", "/network/levels", "/network/drawing")) {
			String page = coordinator.get(map.home() + view).body();
			assertThat(page).as(view).contains("<svg", "role=\"img\"", "<title").doesNotContain("<script");
			assertThat(HtmlValidator.errorsIn(page)).as(view).isEmpty();
		}
		assertThat(coordinator.get(map.home() + "/network/matrix").body()).contains("Minera Cobre Sur");
		for (String form : List.of("/network/actors/" + map.actors().get("Minera Cobre Sur"), "/network/actors/new",
				"/network/relations/new", "/network/import", "/network/readers")) {
			HttpResponse<String> page = coordinator.get(map.home() + form);
			assertThat(page.statusCode()).as(form).isEqualTo(200);
			assertThat(HtmlValidator.errorsIn(page.body())).as(form).isEmpty();
		}
		String drawing = coordinator.get(map.home() + "/network/drawing").body();
		assertThat(coordinator.get(map.home() + "/network/drawing").body()).as("the same map, the same drawing")
			.isEqualTo(drawing);
		assertThat(drawing).contains("stroke-dasharray");
		String indicators = coordinator.get(map.home() + "/network/indicators").body();
		assertThat(HtmlValidator.errorsIn(indicators)).isEmpty();
		assertThat(indicators)
			.contains("All the allies at the international level (3) are reached only through Marta Quispe.")
			.contains(
					"Ask Marta Quispe to introduce at least one more member to the allies at the international level");
		assertThat(jdbc().sql("select count(*) from network_snapshot where collective_id = ?")
			.param(java.util.UUID.fromString(map.collective()))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	default void networkFindingBecomesAVulnerabilityOfTheRiskAssessmentInOneAction() throws Exception {
		Built map = build("Red Con Riesgo");
		Browser coordinator = map.coordinator();
		coordinator.get(map.home() + "/network/indicators");
		HttpResponse<String> added = coordinator.submit(map.home() + "/network/indicators/risk", "indicator",
				"gateway.international", "assessment", "new");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String assessment = Collectives.location(added);
		assertThat(assessment).matches(".*/risk/[0-9a-f-]{36}$");
		assertThat(coordinator.get(assessment).body()).contains("Marta Quispe");
		assertThat(coordinator.get(assessment + "/threats/new").body()).as("the map's actors as threat sources")
			.contains("<option value=\"" + map.actors().get("Minera Cobre Sur") + "\">Minera Cobre Sur</option>");
		assertThat(coordinator.get(map.home() + "/activity").body())
			.contains("added a network finding to a risk assessment");
	}

	@Test
	default void networkIsClosedToStrangersAndToMembersAndAlliesNotChosen() throws Exception {
		Built map = build("Red Cerrada");
		Browser stranger = Collectives.coordinator(http(), registry());
		Browser ally = Collectives.member(http(), registry(), map.coordinator(), map.home(), "ally", "Aliada Lejana");
		List<String> reads = List.of("/network", "/network/matrix", "/network/levels", "/network/drawing",
				"/network/indicators", "/network/actors/" + map.actors().get("Minera Cobre Sur"),
				"/network/export.gexf", "/network/export.graphml", "/network/export.zip");
		for (String path : reads) {
			assertThat(stranger.get(map.home() + path).statusCode()).as("stranger " + path).isEqualTo(404);
			assertThat(map.member().get(map.home() + path).statusCode()).as("member " + path).isEqualTo(404);
			assertThat(ally.get(map.home() + path).statusCode()).as("ally " + path).isEqualTo(404);
		}
		for (String path : List.of("/network/import", "/network/readers", "/network/actors/new")) {
			assertThat(stranger.get(map.home() + path).statusCode()).as("stranger " + path).isEqualTo(404);
		}
		map.coordinator().get(map.home() + "/network/readers");
		map.coordinator().submit(map.home() + "/network/readers", "reader", map.memberId());
		assertThat(map.member().get(map.home() + "/network").statusCode()).isEqualTo(200);
		assertThat(map.member().get(map.home() + "/network/drawing").body()).contains("Marta Quispe");
		assertThat(ally.get(map.home() + "/network").statusCode()).as("an ally not chosen").isEqualTo(404);
		assertThat(map.member().get(map.home() + "/network/actors/new").statusCode()).as("only coordinators edit")
			.isEqualTo(403);
	}

	@Test
	default void networkMapIsSealedAndItsExportsAreLogged() throws Exception {
		Built map = build("Red Sellada");
		String dump = DatabaseDump.of(jdbc());
		assertThat(dump).doesNotContain("Minera Cobre Sur").doesNotContain("Fundación Horizonte Internacional");
		HttpResponse<byte[]> gexf = map.coordinator().getBytes(map.home() + "/network/export.gexf");
		assertThat(gexf.statusCode()).isEqualTo(200);
		Document parsed = DocumentBuilderFactory.newDefaultInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(gexf.body()));
		ActorGraph read = GraphXml.read(new ByteArrayInputStream(gexf.body()));
		int members = 4;
		assertThat(parsed.getElementsByTagName("node").getLength()).isEqualTo(20 + members);
		assertThat(read.nodes()).hasSize(20 + members);
		assertThat(parsed.getElementsByTagName("edge").getLength()).isEqualTo(read.edges().size());
		Node minera = read.nodes()
			.stream()
			.filter((n) -> n.label().equals("Minera Cobre Sur"))
			.findFirst()
			.orElseThrow();
		assertThat(minera.id()).isEqualTo(map.actors().get("Minera Cobre Sur"));
		assertThat(minera.influence()).isEqualTo(5);
		assertThat(minera.hidden()).isTrue();
		assertThat(read.edges()).anyMatch((edge) -> edge.hidden() && edge.type().code().equals("funds"));
		HttpResponse<byte[]> zip = map.coordinator().getBytes(map.home() + "/network/export.zip");
		map.coordinator().get(map.home() + "/network/import");
		HttpResponse<String> again = map.coordinator()
			.submitMultipart(map.home() + "/network/import", List.<String[]>of(new String[] { "dry_run", "on" }),
					"network.zip", zip.body());
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(again.body()).contains("0 actors would be added, 0 changed, 0 removed");
		HttpResponse<byte[]> everything = map.coordinator().getBytes(map.home() + "/export");
		assertThat(everything.statusCode()).isEqualTo(200);
		Map<String, String> files = new LinkedHashMap<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new ByteArrayInputStream(everything.body()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files).containsKeys("network/nodes.csv", "network/edges.csv", "network/map.gexf");
		assertThat(files.get("network/nodes.csv")).contains("Minera Cobre Sur", "Marta Quispe");
		String activity = map.coordinator().get(map.home() + "/activity").body();
		assertThat(activity).contains("exported the map as GEXF", "exported the map as CSV");
	}

	@Test
	default void networkRefusesBadInputByNameAndWritesNothing() throws Exception {
		Built map = build("Red Exigente");
		Browser coordinator = map.coordinator();
		String home = map.home();
		String minera = map.actors().get("Minera Cobre Sur");
		String armed = map.actors().get("Grupo Armado Norte");
		coordinator.get(home + "/network/relations/new");
		HttpResponse<String> cycle = coordinator.submit(home + "/network/relations", "source", armed, "target", minera,
				"type", "commands", "strength", "3");
		assertThat(cycle.statusCode()).isEqualTo(422);
		assertThat(cycle.body())
			.contains("cycle of commands: Minera Cobre Sur → Grupo Armado Norte → Minera Cobre Sur");
		coordinator.get(home + "/network/actors/new");
		HttpResponse<String> loud = coordinator.submit(home + "/network/actors", "name", "Radio Siete", "kind", "media",
				"level", "local", "stance", "ally", "influence", "7");
		assertThat(loud.statusCode()).isEqualTo(422);
		assertThat(loud.body()).contains("The influence of Radio Siete is 7");
		Built other = build("Otra Red");
		coordinator.get(home + "/network/relations/new");
		HttpResponse<String> foreign = coordinator.submit(home + "/network/relations", "source", map.martaId(),
				"target", other.actors().get("Minera Cobre Sur"), "type", "knows", "strength", "2");
		assertThat(foreign.statusCode()).as("an actor of another collective").isEqualTo(404);
		String before = coordinator.get(home + "/network").body();
		HttpResponse<String> stranger = upload(coordinator, home, "map.zip",
				zipped("id,label,kind\n" + other.martaId() + ",Otra Persona,member\n", "source,target\n"));
		assertThat(stranger.statusCode()).isEqualTo(422);
		assertThat(stranger.body()).contains("Otra Persona (" + other.martaId() + ") is not a member or sub-group");
		String duplicates = "id,label,kind,level,stance,influence\nx1,Uno,media,local,ally,2\nx1,Otro,media,local,ally,2\n";
		HttpResponse<String> doubled = upload(coordinator, home, "map.zip",
				zipped(duplicates, "id,source,target,type,weight\n"));
		assertThat(doubled.statusCode()).isEqualTo(422);
		assertThat(doubled.body()).contains("Some ids appear more than once: x1. Nothing was written.");
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE graphml [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
				+ "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
				+ "<node id=\"&secret;\"/></graph></graphml>";
		HttpResponse<String> entity = upload(coordinator, home, "map.graphml", xxe.getBytes(StandardCharsets.UTF_8));
		assertThat(entity.statusCode()).isEqualTo(422);
		assertThat(entity.body()).contains("The file declares a DOCTYPE").doesNotContain("root:");
		byte[] tenMegabytes = new byte[10 * 1024 * 1024];
		java.util.Arrays.fill(tenMegabytes, (byte) 'a');
		assertThat(upload(coordinator, home, "nodes.csv", tenMegabytes).statusCode()).isEqualTo(413);
		assertThat(coordinator.get(home + "/network").body()).isEqualTo(before);
	}

	@Test
	default void networkViewsOfAHundredAndFiftyActorsFitTheFirstRoundTripInEveryLanguage() throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, "Red Grande");
		StringBuilder nodes = new StringBuilder("id,label,kind,level,stance,influence,visibility\n");
		String[] stances = { "ally", "neutral", "unknown", "opponent" };
		String[] levels = { "local", "national", "international" };
		for (int i = 0; i < 150; i++) {
			nodes.append("a")
				.append(i)
				.append(",Actor número ")
				.append(i)
				.append(",organisation,")
				.append(levels[i % 3])
				.append(',')
				.append(stances[i % 4])
				.append(',')
				.append(1 + i % 5)
				.append(i % 7 == 0 ? ",hidden\n" : ",visible\n");
		}
		StringBuilder edges = new StringBuilder("id,source,target,type,weight,visibility\n");
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 400; i++) {
			int from = random.nextInt(150);
			int to = (from + 1 + random.nextInt(149)) % 150;
			edges.append("r")
				.append(i)
				.append(",a")
				.append(from)
				.append(",a")
				.append(to)
				.append(",knows,")
				.append(1 + i % 5)
				.append(i % 9 == 0 ? ",hidden\n" : ",visible\n");
		}
		HttpResponse<String> imported = upload(coordinator, home, "big.zip",
				zipped(nodes.toString(), edges.toString()));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		Map<String, Integer> largest = new LinkedHashMap<>();
		for (Lang lang : Lang.values()) {
			for (String page : List.of("", "/matrix", "/levels", "/drawing", "/indicators")) {
				String path = "/" + lang.code() + home.substring(3) + "/network" + page;
				HttpResponse<byte[]> answer = coordinator.getBytes(path, "Accept-Encoding", "gzip");
				assertThat(answer.statusCode()).as(path).isEqualTo(200);
				assertThat(answer.body().length).as(path).isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
				assertThat(HtmlValidator.errorsIn(Http.gunzip(answer.body()))).as(path).isEmpty();
				largest.merge(page.isEmpty() ? "actors" : page.substring(1), answer.body().length, Math::max);
			}
		}
		System.out.println("Largest network pages for 150 actors and 400 relations, bytes gzipped: " + largest);
	}

	private static HttpResponse<String> upload(Browser coordinator, String home, String name, byte[] file) {
		coordinator.get(home + "/network/import");
		return coordinator.submitMultipart(home + "/network/import", new ArrayList<>(), name, file);
	}

	private static byte[] zipped(String nodes, String edges) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			zip.write(nodes.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("edges.csv"));
			zip.write(edges.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	/**
	 * A collective of a coordinator, Marta Quispe and Luis Mamani (contacts) and a member
	 * who joined, with 20 actors: three international allies reached only through Marta.
	 */
	private Built build(String name) throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, name);
		String collective = home.replaceFirst(".*/c/", "");
		String marta = Collectives.addContact(coordinator, home, "Marta Quispe", "", "", "member");
		String luis = Collectives.addContact(coordinator, home, "Luis Mamani", "", "", "member");
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Pedro Sin Acceso");
		String memberId = jdbc()
			.sql("select id from collective_member where collective_id = ? and role = 'MEMBER'"
					+ " and account_index is not null")
			.param(java.util.UUID.fromString(collective))
			.query(String.class)
			.single();
		Map<String, String> actors = new LinkedHashMap<>();
		String[][] rows = { { "Fundación Horizonte Internacional", "donor", "international", "ally", "4", "" },
				{ "Relatoría Internacional", "organisation", "international", "ally", "5", "" },
				{ "Red Europea de Apoyo", "organisation", "international", "ally", "3", "" },
				{ "Defensoría Nacional", "state", "national", "ally", "4", "" },
				{ "Colectivo de Abogadas", "organisation", "national", "ally", "3", "" },
				{ "Radio Comunitaria", "media", "local", "ally", "2", "" },
				{ "Parroquia del Valle", "organisation", "local", "ally", "2", "" },
				{ "Cooperativa Cafetera", "organisation", "local", "ally", "2", "" },
				{ "Minera Cobre Sur", "company", "national", "opponent", "5", "on" },
				{ "Grupo Armado Norte", "armed_group", "local", "opponent", "4", "on" },
				{ "Alcaldía Municipal", "state", "local", "opponent", "3", "" },
				{ "Empresa de Seguridad", "company", "local", "opponent", "3", "" },
				{ "Diario Regional", "media", "national", "opponent", "2", "" },
				{ "Gobernación", "state", "national", "neutral", "4", "" },
				{ "Universidad Pública", "organisation", "national", "neutral", "2", "" },
				{ "Junta Vecinal", "organisation", "local", "neutral", "1", "" },
				{ "Embajada Aliada", "state", "international", "neutral", "3", "" },
				{ "Comerciante del Pueblo", "person", "local", "unknown", "1", "" },
				{ "Fondo Verde", "donor", "international", "unknown", "2", "" },
				{ "Policía Local", "state", "local", "unknown", "3", "" } };
		for (String[] row : rows) {
			coordinator.get(home + "/network/actors/new");
			HttpResponse<String> added = coordinator.submit(home + "/network/actors", "name", row[0], "kind", row[1],
					"level", row[2], "stance", row[3], "influence", row[4], "hidden", row[5]);
			assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
			Matcher id = ACTOR.matcher(Collectives.location(added));
			assertThat(id.find()).isTrue();
			actors.put(row[0], id.group(1));
		}
		String founder = jdbc().sql("select id from collective_member where collective_id = ? and role = 'COORDINATOR'")
			.param(java.util.UUID.fromString(collective))
			.query(String.class)
			.single();
		relate(coordinator, home, founder, marta, "knows", "");
		relate(coordinator, home, founder, luis, "knows", "");
		relate(coordinator, home, marta, actors.get("Fundación Horizonte Internacional"), "knows", "");
		relate(coordinator, home, actors.get("Fundación Horizonte Internacional"),
				actors.get("Relatoría Internacional"), "allied_with", "");
		relate(coordinator, home, actors.get("Fundación Horizonte Internacional"), actors.get("Red Europea de Apoyo"),
				"allied_with", "");
		relate(coordinator, home, luis, actors.get("Radio Comunitaria"), "knows", "");
		relate(coordinator, home, founder, actors.get("Defensoría Nacional"), "knows", "");
		relate(coordinator, home, founder, actors.get("Parroquia del Valle"), "knows", "");
		relate(coordinator, home, actors.get("Minera Cobre Sur"), actors.get("Grupo Armado Norte"), "funds", "on");
		relate(coordinator, home, actors.get("Minera Cobre Sur"), actors.get("Grupo Armado Norte"), "commands", "on");
		relate(coordinator, home, actors.get("Grupo Armado Norte"), founder, "threatens", "");
		return new Built(coordinator, home, collective, member, memberId, marta, actors);
	}

	private static void relate(Browser coordinator, String home, String source, String target, String type,
			String hidden) {
		coordinator.get(home + "/network/relations/new");
		HttpResponse<String> added = coordinator.submit(home + "/network/relations", "source", source, "target", target,
				"type", type, "strength", "3", "hidden", hidden);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	/** A collective with its map built. */
	record Built(Browser coordinator, String home, String collective, Browser member, String memberId, String martaId,
			Map<String, String> actors) {
	}

}
