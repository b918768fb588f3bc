package org.tejido.territory;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tejido.accounts.internal.AccountRegistry;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.Membership;
import org.tejido.site.Lang;
import org.tejido.site.SitePagesContract;
import org.tejido.support.Browser;
import org.tejido.support.Collectives;
import org.tejido.support.HtmlValidator;
import org.tejido.support.Http;
import org.tejido.territory.internal.AreaDesk;
import org.tejido.territory.internal.FieldLog;
import org.tejido.territory.internal.GroundTruth;
import org.tejido.territory.internal.ObservationInput;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.PatrolInput;
import org.tejido.territory.internal.PlaceDesk;
import org.tejido.territory.internal.PlaceDraft;
import org.tejido.territory.internal.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every territory page carries a server-drawn map that fits the first round trip with the
 * page around it, for a territory as large as the product promises (a boundary of
 * thousands of vertices, 200 places, 50 observations, a long patrol), in every language;
 * and no map or list shows a place to a role that may not see it.
 */
public interface TerritoryMapsContract {

	GeometryFactory GEOMETRIES = new GeometryFactory();

	double LON = -60.5;

	double LAT = -3.2;

	Pattern DOTS_OF_PLACES = Pattern.compile("<g stroke=\"#7a3b12\"[^>]*>(.*?)</g>");

	Pattern PATH_DATA = Pattern.compile(" d=\"([^\"]*)\"");

	Http http();

	AccountRegistry registry();

	JdbcClient jdbc();

	ConfigurableApplicationContext context();

	@Test
	default void territoryMapsOnEveryPageFitTheFirstRoundTripInEveryLanguage() throws Exception {
		Built territory = build("Río Claro Grande");
		String home = territory.home();
		String anObservation = home + "/territory/observations/" + territory.observations().get(0);
		Matcher task = Pattern.compile("/territory/tasks/([0-9a-f-]{36})")
			.matcher(territory.coordinator().get(home + "/territory/tasks").body());
		assertThat(task.find()).isTrue();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("overview", home + "/territory");
		pages.put("places", home + "/territory/places");
		pages.put("place", home + "/territory/places/" + territory.area());
		pages.put("patrols", home + "/territory/patrols");
		pages.put("patrol", home + "/territory/patrols/" + territory.patrol());
		pages.put("observations", home + "/territory/observations");
		pages.put("observation", anObservation);
		pages.put("tasks", home + "/territory/tasks");
		pages.put("task", home + "/territory/tasks/" + task.group(1));
		Map<String, Integer> largest = new LinkedHashMap<>();
		for (Lang lang : Lang.values()) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				String localised = "/" + lang.code() + page.getValue().substring(3);
				int size = assertFitsAndIsValid(territory.coordinator(), localised);
				largest.merge(page.getKey(), size, Math::max);
			}
		}
		largest.merge("overview (ally)", assertFitsAndIsValid(territory.ally(), home + "/territory"), Math::max);
		largest.merge("places (ally)", assertFitsAndIsValid(territory.ally(), home + "/territory/places"), Math::max);
		String overview = territory.coordinator().get(home + "/territory").body();
		String svg = overview.substring(overview.indexOf("<svg"), overview.indexOf("</svg>"));
		int links = svg.split("<a href=", -1).length - 1;
		System.out.println("Largest territory pages, bytes gzipped, of 5 languages: " + largest
				+ "; links kept on the overview's map: " + links);
	}

	@Test
	default void territoryMapsAndListsNeverShowAPlaceToARoleThatMayNotSeeIt() throws Exception {
		Built territory = build("Cuenca Reservada");
		String home = territory.home();
		String allyOverview = territory.ally().get(home + "/territory").body();
		assertThat(allyOverview).containsPattern("<svg [^>]*role=\"(img|group)\" aria-label=\"[^\"]+\"")
			.doesNotContain("Interno-")
			.doesNotContain("Reservado-")
			.doesNotContain("/territory/observations/")
			.doesNotContain("/territory/patrols/");
		assertThat(placeDots(allyOverview)).isEqualTo(territory.points(CollectiveRole.ALLY));
		String allyList = pagesOf(territory.ally(), home + "/territory/places");
		assertThat(allyList).doesNotContain("Interno-").doesNotContain("Reservado-");
		territory.names(CollectiveRole.ALLY).forEach((name) -> assertThat(allyList).contains(name));

		String memberOverview = territory.member().get(home + "/territory").body();
		assertThat(memberOverview).doesNotContain("Reservado-");
		assertThat(placeDots(memberOverview)).isEqualTo(territory.points(CollectiveRole.MEMBER));
		String memberList = pagesOf(territory.member(), home + "/territory/places");
		assertThat(memberList).contains("Interno-").doesNotContain("Reservado-");
		assertThat(territory.member().get(home + "/territory/places?kind=camp").body()).doesNotContain("Reservado-");

		String coordinatorOverview = territory.coordinator().get(home + "/territory").body();
		assertThat(placeDots(coordinatorOverview)).isEqualTo(territory.points(CollectiveRole.COORDINATOR));
		assertThat(pagesOf(territory.coordinator(), home + "/territory/places")).contains("Reservado-");

		Browser stranger = Collectives.coordinator(http(), registry());
		Collectives.found(stranger, "Otra Cuenca");
		assertThat(stranger.get(home + "/territory/places").statusCode()).isEqualTo(404);
		assertThat(stranger.get(home + "/territory/places?kind=camp&page=2").statusCode()).isEqualTo(404);
	}

	private int assertFitsAndIsValid(Browser browser, String path) {
		HttpResponse<byte[]> page = browser.getBytes(path, "Accept-Encoding", "gzip");
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(page.body().length).as(path).isLessThanOrEqualTo(SitePagesContract.FIRST_ROUND_TRIP_BYTES);
		String html = Http.gunzip(page.body());
		assertThat(html).as(path)
			.contains("<svg", "<title>")
			.containsPattern("<svg [^>]*role=\"(img|group)\" aria-label=\"[^\"]+\"")
			.doesNotContain("<script")
			.doesNotContainPattern("<(link|img|iframe|source|video|audio|image|use)[^>]+(src|href)=\"(https?:)?//");
		assertThat(HtmlValidator.errorsIn(html)).as(path).isEmpty();
		return page.body().length;
	}

	/** Every page of a paged list, one after the other. */
	private static String pagesOf(Browser browser, String path) {
		StringBuilder all = new StringBuilder();
		for (int page = 1; page <= 6; page++) {
			all.append(browser.get(path + "?page=" + page).body());
		}
		return all.toString();
	}

	/** How many place dots the map draws: one zero-length {@code h0} stroke each. */
	private static int placeDots(String html) {
		Matcher group = DOTS_OF_PLACES.matcher(html);
		if (!group.find()) {
			return 0;
		}
		int dots = 0;
		Matcher data = PATH_DATA.matcher(group.group(1));
		while (data.find()) {
			dots += (int) data.group(1).chars().filter((c) -> c == 'h').count();
		}
		return dots;
	}

	/**
	 * A territory as large as promised, made through the services (200 posts of forms
	 * would only be slower), with a member and an ally to look at it.
	 */
	private Built build(String name) throws Exception {
		Browser coordinator = Collectives.coordinator(http(), registry());
		String home = Collectives.found(coordinator, name);
		UUID collective = UUID.fromString(home.substring(6));
		UUID founder = jdbc()
			.sql("select id from collective_member where collective_id = ? and upper(role) = 'COORDINATOR'")
			.param(collective)
			.query(UUID.class)
			.single();
		Membership membership = new Membership(collective, founder, CollectiveRole.COORDINATOR);
		Random random = new Random(7);
		context().getBean(AreaDesk.class).add(membership, "Resguardo del Río", boundary(random, 3000));
		PlaceDesk desk = context().getBean(PlaceDesk.class);
		List<Made> places = new ArrayList<>();
		UUID area = null;
		for (int i = 0; i < 200; i++) {
			PlaceSensitivity sensitivity = PlaceSensitivity.values()[i % 3];
			String placeName = switch (sensitivity) {
				case ALLIES -> "Abierto-";
				case MEMBERS -> "Interno-";
				case COORDINATORS -> "Reservado-";
			} + String.format(Locale.ROOT, "%03d", i);
			Geometry geometry = (i % 10 == 0) ? blob(random) : (i % 10 == 1) ? line(random) : point(random, 0.1);
			UUID id = desk.add(membership, new PlaceDraft(placeName, PlaceKind.values()[i % PlaceKind.values().length],
					sensitivity, "", geometry));
			places.add(new Made(placeName, sensitivity, geometry.getDimension() == 0, id));
			if (area == null && i % 10 == 0) {
				area = id;
			}
		}
		PatrolDesk patrols = context().getBean(PatrolDesk.class);
		UUID patrol = patrols.create(membership,
				new PatrolInput("Ronda del río", LocalDate.now().minusDays(1).toString(), List.of(), "", ""));
		patrols.followed(membership, patrol, walk(random, 2000));
		FieldLog log = context().getBean(FieldLog.class);
		List<UUID> observations = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Coordinate at = point(random, 0.1).getCoordinate();
			String position = (i % 5 == 4) ? "" : String.format(Locale.ROOT, "%.6f, %.6f", at.y, at.x);
			String place = (i % 5 == 4) ? places.get(i).id().toString() : "";
			String walked = (i < 20) ? patrol.toString() : "";
			observations.add(log.record(
					collective, founder, new ObservationInput("strangers", place, position, "",
							"Vimos gente extraña cerca del río " + i, walked)
						.checked((id) -> true, (id) -> true),
					"web", List.of()));
		}
		StringBuilder alerts = new StringBuilder("latitude,longitude,gfw_integrated_alerts__date\n");
		for (int cluster = 0; cluster < 6; cluster++) {
			Coordinate centre = point(random, 0.08).getCoordinate();
			for (int i = 0; i < 4; i++) {
				alerts.append(String.format(Locale.ROOT, "%.5f,%.5f,%s%n", centre.y + 0.0004 * (i % 2),
						centre.x + 0.0004 * (i / 2), LocalDate.now().minusDays(3)));
			}
		}
		context().getBean(GroundTruth.class)
			.importAlerts(membership, new ByteArrayInputStream(alerts.toString().getBytes(StandardCharsets.UTF_8)));
		Browser member = Collectives.member(http(), registry(), coordinator, home, "member", "Lucía");
		Browser ally = Collectives.member(http(), registry(), coordinator, home, "ally", "Aliada");
		return new Built(home, coordinator, member, ally, places, area, patrol, observations);
	}

	/** A boundary detailed at every scale, as one that follows rivers and ridges is. */
	private static Geometry boundary(Random random, int vertices) {
		int waves = 200;
		double[] phases = new double[waves + 1];
		for (int k = 1; k <= waves; k++) {
			phases[k] = random.nextDouble(2 * Math.PI);
		}
		Coordinate[] ring = new Coordinate[vertices + 1];
		for (int i = 0; i < vertices; i++) {
			double angle = 2 * Math.PI * i / vertices;
			double wobble = 0;
			for (int k = 1; k <= waves; k++) {
				wobble += 0.03 / Math.sqrt(k) * Math.sin(k * angle + phases[k]);
			}
			double radius = 0.2 * Math.max(0.6, 1 + wobble);
			ring[vertices - i] = new Coordinate(LON + radius * Math.cos(angle), LAT + radius * Math.sin(angle));
		}
		ring[0] = ring[vertices].copy();
		return GEOMETRIES.createPolygon(ring);
	}

	private static Geometry point(Random random, double spread) {
		return GEOMETRIES.createPoint(
				new Coordinate(LON + random.nextDouble(-spread, spread), LAT + random.nextDouble(-spread, spread)));
	}

	/** A small star-shaped area, so always simple. */
	private static Geometry blob(Random random) {
		Coordinate centre = point(random, 0.09).getCoordinate();
		Coordinate[] ring = new Coordinate[13];
		for (int i = 0; i < 12; i++) {
			double angle = -2 * Math.PI * i / 12;
			double radius = 0.004 * (0.6 + random.nextDouble(0.4));
			ring[i] = new Coordinate(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
		}
		ring[12] = ring[0].copy();
		return GEOMETRIES.createPolygon(ring);
	}

	/** A path that always goes east, so never crosses itself. */
	private static Geometry line(Random random) {
		Coordinate start = point(random, 0.09).getCoordinate();
		Coordinate[] points = new Coordinate[20];
		for (int i = 0; i < points.length; i++) {
			points[i] = new Coordinate(start.x + 0.0005 * i, start.y + random.nextDouble(-0.0003, 0.0003));
		}
		return GEOMETRIES.createLineString(points);
	}

	/** A long GPS track wandering around the territory. */
	private static Geometry walk(Random random, int fixes) {
		Coordinate[] points = new Coordinate[fixes];
		double x = LON - 0.05;
		double y = LAT;
		double heading = 0;
		for (int i = 0; i < fixes; i++) {
			heading += random.nextDouble(-0.3, 0.3);
			x += 0.0002 * Math.cos(heading);
			y += 0.0002 * Math.sin(heading);
			points[i] = new Coordinate(x, y);
		}
		return GEOMETRIES.createLineString(points);
	}

	/** A place made, and whether it is drawn as a dot. */
	record Made(String name, PlaceSensitivity sensitivity, boolean point, UUID id) {
	}

	/** The territory built, with someone of each role to look at it. */
	record Built(String home, Browser coordinator, Browser member, Browser ally, List<Made> places, UUID area,
			UUID patrol, List<UUID> observations) {

		int points(CollectiveRole role) {
			return (int) this.places.stream()
				.filter((place) -> place.point() && place.sensitivity().visibleTo(role))
				.count();
		}

		List<String> names(CollectiveRole role) {
			return this.places.stream().filter((place) -> place.sensitivity().visibleTo(role)).map(Made::name).toList();
		}

	}

}
