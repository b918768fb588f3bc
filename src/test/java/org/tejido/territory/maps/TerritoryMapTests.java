package org.tejido.territory.maps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.tejido.collectives.CollectiveRole;
import org.tejido.support.HtmlValidator;
import org.tejido.territory.PlaceSensitivity;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tejido.territory.maps.SampleTerritory.GEOMETRIES;

class TerritoryMapTests {

	/** What the map may weigh so that the page around it still fits 14,600 bytes. */
	private static final int SVG_BUDGET = 9000;

	@Test
	void drawsAFullTerritoryWithinTheBudgetOfA2GPageKeepingMostLinks() throws IOException {
		List<MapFeature> features = new SampleTerritory().features();
		SvgMap map = TerritoryMap.titled("Map of Rio Claro").with(features).drawFor(CollectiveRole.COORDINATOR);
		int gzipped = gzipped(map.svg());
		int links = map.svg().split("<a ").length - 1;
		System.out.printf("Sample territory map: %,d bytes, %,d gzipped, %d of 251 links%n", map.svg().length(),
				gzipped, links);
		assertThat(gzipped).isLessThanOrEqualTo(SVG_BUDGET);
		assertThat(links).isGreaterThan(180);
		assertThat(map.entries()).hasSize(202);
	}

	@Test
	void weighsLittleWithoutLinks() throws IOException {
		List<MapFeature> unlinked = new SampleTerritory().features()
			.stream()
			.map((feature) -> feature.linkingTo(null))
			.toList();
		String svg = TerritoryMap.titled("Map of Rio Claro").with(unlinked).drawFor(CollectiveRole.COORDINATOR).svg();
		System.out.printf("Sample territory map without links: %,d gzipped%n", gzipped(svg));
		assertThat(gzipped(svg)).isLessThanOrEqualTo(4500);
		assertThat(svg).contains("<text");
	}

	@Test
	void writesWellFormedXmlWithAnAccessibleName() throws Exception {
		SvgMap map = TerritoryMap.titled("Map of Rio Claro")
			.with(new SampleTerritory().features())
			.drawFor(CollectiveRole.MEMBER);
		Document svg = parse(map.svg());
		assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("group");
		assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Map of Rio Claro");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Map of Rio Claro");
		assertThat(svg.getElementsByTagName("a").getLength()).isBetween(1, 251);
	}

	@Test
	void keepsItsLinksForThePointerOnlyAndIsAnImageWithoutThem() throws Exception {
		List<MapFeature> features = new SampleTerritory().features();
		Document linked = parse(TerritoryMap.titled("Map").with(features).drawFor(CollectiveRole.MEMBER).svg());
		org.w3c.dom.NodeList links = linked.getElementsByTagName("a");
		for (int i = 0; i < links.getLength(); i++) {
			org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
			assertThat(link.getAttribute("tabindex")).isEqualTo("-1");
			assertThat(((org.w3c.dom.Element) link.getParentNode()).getAttribute("aria-hidden")).isEqualTo("true");
		}
		org.w3c.dom.NodeList texts = linked.getElementsByTagName("text");
		assertThat(texts.getLength()).isPositive();
		assertThat(((org.w3c.dom.Element) texts.item(0).getParentNode()).getAttribute("aria-hidden")).isEqualTo("true");
		Document image = parse(TerritoryMap.titled("Map")
			.with(features.stream().map((feature) -> feature.linkingTo(null)).toList())
			.drawFor(CollectiveRole.MEMBER)
			.svg());
		assertThat(image.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(image.getElementsByTagName("a").getLength()).isZero();
	}

	@Test
	void dropsLinksFromTheLastFeatureAddedToKeepWithinASmallerBudget() throws IOException {
		List<MapFeature> features = new SampleTerritory().features();
		SvgMap map = TerritoryMap.titled("Map").budget(5000).with(features).drawFor(CollectiveRole.COORDINATOR);
		assertThat(gzipped(map.svg())).isLessThanOrEqualTo(5000);
		assertThat(map.svg()).contains(features.get(1).href()).doesNotContain(features.get(199).href());
		assertThat(map.entries()).extracting(MapEntry::href).contains(features.get(199).href());
	}

	@Test
	void isValidHtmlInsideAPage() {
		SvgMap map = TerritoryMap.titled("Map of Rio Claro")
			.with(new SampleTerritory().features())
			.drawFor(CollectiveRole.COORDINATOR);
		String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Map</title></head><body>"
				+ map.svg() + MapLegend.html(map, MapKind::messageKey) + "</body></html>";
		assertThat(HtmlValidator.errorsIn(page)).isEmpty();
	}

	@Test
	void escapesWhatUsersWrote() throws Exception {
		String hostile = "<script>&\"'";
		SvgMap map = TerritoryMap.titled(hostile)
			.with(place(10.5, 0.5).labelled(hostile).linkingTo("/x?a=1&b=\"2\""))
			.drawFor(CollectiveRole.MEMBER);
		assertThat(map.svg()).doesNotContain("<script>").contains("&lt;script&gt;&amp;&quot;&#39;");
		Document svg = parse(map.svg());
		assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(hostile);
		assertThat(((org.w3c.dom.Element) svg.getElementsByTagName("a").item(0)).getAttribute("href"))
			.isEqualTo("/x?a=1&b=\"2\"");
	}

	@Test
	void putsAKnownPointOnAKnownPixel() {
		SvgMap map = TerritoryMap.titled("Square")
			.with(MapFeature.of(MapKind.BOUNDARY, square(10, 0, 11, 1), PlaceSensitivity.ALLIES), place(10.5, 0.5),
					place(10, 1))
			.drawFor(CollectiveRole.ALLY);
		// 456 pixels a degree: the height less the margins; longitude shrinks by cos
		// 0.5°.
		assertThat(map.svg()).contains("M320 240h0M92 12h0");
	}

	@Test
	void centresASinglePoint() {
		SvgMap map = TerritoryMap.titled("One place").with(place(-60.5, -3.2)).drawFor(CollectiveRole.ALLY);
		assertThat(map.isEmpty()).isFalse();
		assertThat(map.svg()).contains("<path d=\"M320 240h0\"/>");
	}

	@Test
	void saysThereIsNothingToDrawWhenNothingIsVisible() {
		assertThat(TerritoryMap.titled("Empty").drawFor(CollectiveRole.COORDINATOR)).isSameAs(SvgMap.nothingToDraw());
		SvgMap hidden = TerritoryMap.titled("Hidden")
			.with(MapFeature.of(MapKind.PLACE, point(1, 1), PlaceSensitivity.COORDINATORS))
			.drawFor(CollectiveRole.MEMBER);
		assertThat(hidden.isEmpty()).isTrue();
		assertThat(hidden.svg()).isEmpty();
	}

	@Test
	void leavesOutWhatTheViewerMayNotSee() {
		TerritoryMap map = TerritoryMap.titled("Places")
			.with(place(10, 0).labelled("Ford"),
					MapFeature.of(MapKind.PLACE, point(10.2, 0.1), PlaceSensitivity.COORDINATORS)
						.labelled("Sacred grove")
						.linkingTo("/en/c/x/territory/places/grove"));
		SvgMap forAnAlly = map.drawFor(CollectiveRole.ALLY);
		assertThat(forAnAlly.svg()).contains("Ford").doesNotContain("Sacred grove").doesNotContain("grove");
		assertThat(forAnAlly.entries()).extracting(MapEntry::label).containsExactly("Ford");
		assertThat(map.drawFor(CollectiveRole.COORDINATOR).svg()).contains("Sacred grove");
	}

	@Test
	void usesNoStylesTheSitePolicyWouldBlock() {
		String svg = TerritoryMap.titled("Map")
			.with(new SampleTerritory().features())
			.drawFor(CollectiveRole.COORDINATOR)
			.svg();
		assertThat(svg).doesNotContain("style").doesNotContain("<script");
		assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
	}

	@Test
	void dropsLabelsBeyondItsBudgetButListsThemAll() {
		SvgMap map = TerritoryMap.titled("Map")
			.with(new SampleTerritory().features())
			.drawFor(CollectiveRole.COORDINATOR);
		int drawn = map.svg().split("<text").length - 1;
		assertThat(drawn).isPositive().isLessThan(map.entries().size());
		assertThat(map.svg()).doesNotContain("Place 199 spring");
		assertThat(MapLegend.html(map, MapKind::messageKey)).contains("Place 199 spring");
	}

	@Test
	void refusesAGeometryThatDoesNotFitItsKind() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MapFeature.of(MapKind.BOUNDARY, point(1, 1), PlaceSensitivity.ALLIES));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MapFeature.of(MapKind.PATROL, square(0, 0, 1, 1), PlaceSensitivity.ALLIES));
	}

	@Test
	void fitsEverythingDrawnInsideTheMargins() {
		Envelope lonLat = new Envelope(-61, -60, -4, -3);
		Projection projection = Projection.fitting(lonLat, 640, 480, SvgWriter.MARGIN);
		Envelope drawn = projection.project(square(-61, -4, -60, -3)).getEnvelopeInternal();
		assertThat(drawn.getMinY()).isEqualTo(12, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(drawn.getMaxY()).isEqualTo(468, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(drawn.getMinX()).isGreaterThanOrEqualTo(12);
		assertThat(drawn.getMaxX()).isLessThanOrEqualTo(628);
	}

	static MapFeature place(double lon, double lat) {
		return MapFeature.of(MapKind.PLACE, point(lon, lat), PlaceSensitivity.ALLIES);
	}

	static Geometry point(double lon, double lat) {
		return GEOMETRIES.createPoint(new Coordinate(lon, lat));
	}

	static Geometry square(double minLon, double minLat, double maxLon, double maxLat) {
		return GEOMETRIES.toGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	static int gzipped(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.size();
	}

}
