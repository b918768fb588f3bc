package org.tejido.territory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.territory.geo.GeoFeature;
import org.tejido.territory.geo.GeoProblem;
import org.tejido.territory.geo.GeoReading;

/**
 * A territory file read into the territory: its polygons as areas or places, its other
 * features as places. Every feature is checked first; with any problem nothing is
 * written, and a feature whose name and geometry are already there is left as it is, so
 * the same file imported twice adds nothing.
 */
@Service
public class TerritoryImport {

	private final Territory territory;

	private final AreaDesk areas;

	private final PlaceDesk places;

	TerritoryImport(Territory territory, AreaDesk areas, PlaceDesk places) {
		this.territory = territory;
		this.areas = areas;
		this.places = places;
	}

	/**
	 * Checks every feature and, unless this is a dry run or something is wrong, writes
	 * them all through the desks in one transaction.
	 */
	@Transactional
	public FileReport run(Membership coordinator, GeoReading reading, ImportChoice choice, boolean dryRun) {
		Set<String> known = known(coordinator);
		List<Integer> numbers = FeatureNumbers.of(reading);
		List<FileOutcome> outcomes = new ArrayList<>();
		List<GeoProblem> problems = new ArrayList<>(reading.problems());
		List<ImportedFeature> toWrite = new ArrayList<>();
		for (int i = 0; i < reading.features().size(); i++) {
			GeoFeature feature = reading.features().get(i);
			int number = numbers.get(i);
			try {
				ImportedFeature imported = ImportedFeature.of(feature, choice);
				boolean isNew = known.add(imported.identity());
				outcomes.add(outcome(number, imported, isNew));
				if (isNew) {
					toWrite.add(imported);
				}
			}
			catch (Invalid invalid) {
				problems.add(new GeoProblem(number, feature.name(), invalid.messageKey(), List.of(invalid.args())));
			}
		}
		problems.sort(java.util.Comparator.comparingInt(GeoProblem::feature));
		boolean write = problems.isEmpty() && !dryRun;
		if (write) {
			toWrite.forEach((imported) -> write(coordinator, imported));
		}
		return new FileReport(reading.format(), outcomes, problems, reading.notes(), write);
	}

	private void write(Membership coordinator, ImportedFeature imported) {
		switch (imported) {
			case ImportedFeature.AsArea area -> this.areas.add(coordinator, area.name(), area.geometry());
			case ImportedFeature.AsPlace place -> this.places.add(coordinator, place.draft());
		}
	}

	private Set<String> known(Membership coordinator) {
		Set<String> known = new HashSet<>();
		this.territory.areas(coordinator.collective())
			.forEach((area) -> known.add(ImportedFeature.identity(area.name(), area.geometry())));
		this.territory.allPlaces(coordinator.collective())
			.forEach((place) -> known.add(ImportedFeature.identity(place.name(), place.geometry())));
		return known;
	}

	private static FileOutcome outcome(int number, ImportedFeature imported, boolean isNew) {
		if (!isNew) {
			return new FileOutcome(number, imported.name(), FileReport.UNCHANGED, "");
		}
		return switch (imported) {
			case ImportedFeature.AsArea area ->
				new FileOutcome(number, area.name(), "territory.files.becomes.area", "");
			case ImportedFeature.AsPlace place -> new FileOutcome(number, place.name(), "territory.files.becomes.place",
					"territory.kind." + place.draft().kind().code());
		};
	}

}
