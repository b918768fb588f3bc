package org.tejido.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.site.Refused;
import org.tejido.territory.geo.GeoFeature;
import org.tejido.territory.geo.GeoProblem;
import org.tejido.territory.geo.GeoReading;

/**
 * A GPS file brought back from a patrol: its tracks and routes become the patrol's route,
 * its waypoints observations of the patrol, all in one transaction and only when every
 * feature can be kept.
 */
@Service
public class PatrolFiles {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final PatrolDesk patrols;

	private final FieldLog log;

	PatrolFiles(PatrolDesk patrols, FieldLog log) {
		this.patrols = patrols;
		this.log = log;
	}

	/**
	 * @throws org.tejido.site.NotFound if the patrol is not of the collective
	 * @throws Invalid if the file has neither a line nor a point
	 */
	@Transactional
	public FileReport follow(Membership membership, UUID patrol, GeoReading reading) {
		this.patrols.one(membership, patrol);
		List<Integer> numbers = FeatureNumbers.of(reading);
		List<FileOutcome> outcomes = new ArrayList<>();
		List<GeoProblem> problems = new ArrayList<>(reading.problems());
		List<LineString> lines = new ArrayList<>();
		List<Sighting> sightings = new ArrayList<>();
		for (int i = 0; i < reading.features().size(); i++) {
			GeoFeature feature = reading.features().get(i);
			int number = numbers.get(i);
			if (feature.geometry() instanceof Lineal) {
				for (int part = 0; part < feature.geometry().getNumGeometries(); part++) {
					lines.add((LineString) feature.geometry().getGeometryN(part));
				}
				outcomes.add(new FileOutcome(number, feature.name(), "territory.files.becomes.route", ""));
			}
			else if (Waypoints.isPoint(feature)) {
				try {
					Sighting sighting = Waypoints.input(feature, patrol.toString())
						.checked((place) -> false, patrol::equals);
					sightings.add(sighting);
					outcomes.add(new FileOutcome(number, feature.name(), "territory.files.becomes.observation",
							"territory.obs.category." + sighting.category().code()));
				}
				catch (Refused refused) {
					problems.add(problem(number, feature, refused));
				}
			}
			else {
				problems.add(new GeoProblem(number, feature.name(), "territory.files.not-for-patrol", List.of()));
			}
		}
		if (problems.isEmpty() && lines.isEmpty() && sightings.isEmpty()) {
			throw new Invalid("territory.files.nothing-for-patrol");
		}
		problems.sort(java.util.Comparator.comparingInt(GeoProblem::feature));
		boolean write = problems.isEmpty();
		if (write) {
			if (!lines.isEmpty()) {
				this.patrols.followed(membership, patrol, route(lines));
			}
			this.log.recordAll(membership.collective(), membership.member(), sightings, "import");
		}
		return new FileReport(reading.format(), outcomes, problems, reading.notes(), write);
	}

	static GeoProblem problem(int number, GeoFeature feature, Refused refused) {
		return new GeoProblem(number, feature.name(), refused.messageKey(), List.of(refused.args()));
	}

	private static Geometry route(List<LineString> lines) {
		if (lines.size() == 1) {
			return lines.get(0);
		}
		return FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
	}

}
