package org.tejido.territory.satellite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertClusteringTests {

	/** Degrees of latitude in 400 m. */
	private static final double FOUR_HUNDRED_METRES = 400 / AlertClustering.metresPerDegree();

	private final AlertClustering clustering = new AlertClustering();

	@Test
	void joinsAChainOfAlertsEach400MetresApartIntoOneEvent() {
		List<SatelliteAlert> chain = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			chain.add(Samples.deforestation(-3.30 + i * FOUR_HUNDRED_METRES, -62.2, "2024-03-0" + (i + 1)));
		}

		List<AlertEvent> events = this.clustering.cluster(chain);

		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.count()).isEqualTo(6);
			assertThat(event.first()).isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(event.last()).isEqualTo(LocalDate.of(2024, 3, 6));
		});
	}

	@Test
	void keepsAlertsJustOverTheDistanceApart() {
		double sixHundredMetres = 600 / AlertClustering.metresPerDegree();

		assertThat(this.clustering.cluster(List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"),
				Samples.deforestation(-3.30 + sixHundredMetres, -62.2, "2024-03-01"))))
			.hasSize(2);
	}

	@Test
	void makesTwoEventsOfTwoGroups2KilometresApart() {
		double twoKilometres = 2000 / AlertClustering.metresPerDegree() / Math.cos(Math.toRadians(3.3));
		List<SatelliteAlert> alerts = List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"),
				Samples.deforestation(-3.30 + FOUR_HUNDRED_METRES, -62.2, "2024-03-02"),
				Samples.deforestation(-3.30, -62.2 + twoKilometres, "2024-03-01"),
				Samples.deforestation(-3.30 + FOUR_HUNDRED_METRES, -62.2 + twoKilometres, "2024-03-03"));

		assertThat(this.clustering.cluster(alerts)).extracting(AlertEvent::count).containsExactly(2, 2);
	}

	@Test
	void makesTwoEventsOfOnePlace20DaysApart() {
		List<SatelliteAlert> alerts = List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"),
				Samples.deforestation(-3.30, -62.2, "2024-03-21"));

		assertThat(this.clustering.cluster(alerts)).hasSize(2);
	}

	@Test
	void joinsAlertsSevenDaysApartButNotEight() {
		assertThat(this.clustering.cluster(List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"),
				Samples.deforestation(-3.30, -62.2, "2024-03-08"))))
			.hasSize(1);
		assertThat(this.clustering.cluster(List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"),
				Samples.deforestation(-3.30, -62.2, "2024-03-09"))))
			.hasSize(2);
	}

	@Test
	void keepsFireAndDeforestationAtTheSameSpotApart() {
		List<AlertEvent> events = this.clustering.cluster(
				List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"), Samples.fire(-3.30, -62.2, "2024-03-01")));

		assertThat(events).extracting(AlertEvent::family)
			.containsExactlyInAnyOrder(AlertFamily.DEFORESTATION, AlertFamily.FIRE);
	}

	@Test
	void groupsTheSamplesAsComputedByHand() {
		TerritoryClip clip = new TerritoryClip(Samples.territory());

		assertThat(this.clustering.cluster(clip.keep(SatelliteAlertReaderTests.alertsOf("gfw-integrated-alerts.csv"))))
			.extracting(AlertEvent::count)
			.containsExactly(3, 1, 1);
		assertThat(this.clustering.cluster(clip.keep(SatelliteAlertReaderTests.alertsOf("glad-radd-alerts.csv"))))
			.extracting(AlertEvent::count)
			.containsExactly(2, 2, 2);
		assertThat(
				this.clustering.cluster(clip.keep(SatelliteAlertReaderTests.alertsOf("gfw-integrated-alerts.geojson"))))
			.extracting(AlertEvent::count)
			.containsExactly(2, 1);
		assertThat(this.clustering.cluster(clip.keep(SatelliteAlertReaderTests.alertsOf("firms-modis.csv"))))
			.extracting(AlertEvent::count)
			.containsExactly(2, 1);
	}

	@Test
	void describesAnEventByItsAlerts() {
		TerritoryClip clip = new TerritoryClip(Samples.territory());

		AlertEvent fire = this.clustering.cluster(clip.keep(SatelliteAlertReaderTests.alertsOf("firms-viirs.csv")))
			.getFirst();

		assertThat(fire.family()).isEqualTo(AlertFamily.FIRE);
		assertThat(fire.sources()).containsExactly(AlertSource.FIRMS_VIIRS);
		assertThat(fire.count()).isEqualTo(3);
		assertThat(fire.confidence()).isEqualTo(Confidence.HIGH);
		assertThat(fire.totalFrp()).isCloseTo(16.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(fire.box()).isEqualTo(new BoundingBox(-3.2785, -62.26894, -3.27512, -62.2655));
		assertThat(fire.latitude()).isCloseTo((-3.27512 - 3.2785 - 3.2785) / 3,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(fire.hull().getGeometryType()).isEqualTo("Polygon");
		assertThat(fire.id()).hasSize(32).matches("[0-9a-f]+");
	}

	@Test
	void sortsTheBiggestAndMostConfidentEventsFirst() {
		List<SatelliteAlert> alerts = new ArrayList<>(List.of(Samples.deforestation(-3.30, -62.2, "2024-03-01"),
				new SatelliteAlert(-3.35, -62.2, LocalDate.of(2024, 3, 1), null, AlertSource.RADD, Confidence.HIGH,
						null, null),
				Samples.deforestation(-3.39, -62.2, "2024-03-01"),
				Samples.deforestation(-3.39 + FOUR_HUNDRED_METRES, -62.2, "2024-03-01")));

		assertThat(this.clustering.cluster(alerts)).extracting(AlertEvent::count, AlertEvent::confidence)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, Confidence.NOMINAL),
					org.assertj.core.groups.Tuple.tuple(1, Confidence.HIGH),
					org.assertj.core.groups.Tuple.tuple(1, Confidence.NOMINAL));
	}

	@Test
	void givesTheSameIdsToTheSameAlertsInAnyOrder() {
		List<SatelliteAlert> alerts = new ArrayList<>(SatelliteAlertReaderTests.alertsOf("gfw-integrated-alerts.csv"));
		List<String> ids = this.clustering.cluster(alerts).stream().map(AlertEvent::id).toList();

		Collections.shuffle(alerts, new Random(7));

		assertThat(this.clustering.cluster(alerts)).extracting(AlertEvent::id).containsExactlyElementsOf(ids);
		assertThat(this.clustering.cluster(SatelliteAlertReaderTests.alertsOf("gfw-integrated-alerts.csv")))
			.extracting(AlertEvent::id)
			.containsExactlyElementsOf(ids)
			.doesNotHaveDuplicates();
	}

	@Test
	void givesAnotherIdWhenAnEventGainsAnAlert() {
		SatelliteAlert first = Samples.deforestation(-3.30, -62.2, "2024-03-01");
		SatelliteAlert second = Samples.deforestation(-3.30, -62.2, "2024-03-02");

		assertThat(this.clustering.cluster(List.of(first)).getFirst().id())
			.isNotEqualTo(this.clustering.cluster(List.of(first, second)).getFirst().id());
	}

	@Test
	void findsTheSameEventsAsComparingEveryPair() {
		Random random = new Random(42);
		List<SatelliteAlert> alerts = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			alerts.add(Samples.deforestation(-3.4 + random.nextDouble() * 0.15, -62.3 + random.nextDouble() * 0.2,
					LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)).toString()));
		}

		assertThat(this.clustering.cluster(alerts)).extracting(AlertEvent::id)
			.containsExactlyInAnyOrderElementsOf(everyPair(alerts));
	}

	private List<String> everyPair(List<SatelliteAlert> alerts) {
		UnionFind links = new UnionFind(alerts.size());
		for (int i = 0; i < alerts.size(); i++) {
			for (int j = i + 1; j < alerts.size(); j++) {
				if (this.clustering.near(alerts.get(i), alerts.get(j))) {
					links.union(i, j);
				}
			}
		}
		java.util.Map<Integer, List<SatelliteAlert>> groups = new java.util.HashMap<>();
		for (int i = 0; i < alerts.size(); i++) {
			groups.computeIfAbsent(links.find(i), root -> new ArrayList<>()).add(alerts.get(i));
		}
		return groups.values().stream().map(group -> Events.id(AlertFamily.DEFORESTATION, group)).toList();
	}

}
