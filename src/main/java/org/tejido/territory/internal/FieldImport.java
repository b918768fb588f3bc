package org.tejido.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;
import org.tejido.territory.geo.GeoFeature;
import org.tejido.territory.geo.GeoProblem;
import org.tejido.territory.geo.GeoReading;

/**
 * A field team's batch of observations, from the CSV export of a data-collection app:
 * every row is checked, a dry run shows what would be kept, and the batch is kept whole
 * or not at all.
 */
@Service
public class FieldImport {

	/** The largest batch file taken. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private final FieldLog log;

	private final TerritoryPlaces places;

	private final PatrolDesk patrols;

	FieldImport(FieldLog log, TerritoryPlaces places, PatrolDesk patrols) {
		this.log = log;
		this.places = places;
		this.patrols = patrols;
	}

	/** What became, or would become, of one row. */
	public record RowResult(long line, @Nullable String problem, List<Object> arguments, String category, String where,
			String text) {

		public RowResult {
			arguments = List.copyOf(arguments);
		}

		RowResult(long line, @Nullable String problem, String category, String where, String text) {
			this(line, problem, List.of(), category, where, text);
		}

		public boolean kept() {
			return this.problem == null;
		}

	}

	/** The rows of a batch, each checked, and whether they were kept. */
	public record Batch(List<RowResult> rows, boolean kept) {

		public long problems() {
			return this.rows.stream().filter((row) -> !row.kept()).count();
		}

	}

	/**
	 * Checks every row, and keeps them all when none has a problem and this is not a dry
	 * run.
	 * @param patrol the patrol the batch belongs to, or empty
	 */
	@Transactional
	public Batch importCsv(Membership membership, InputStream csv, String patrol, boolean dryRun) {
		List<FieldSheet.Row> rows = rows(csv);
		if (rows.isEmpty()) {
			throw new Invalid("territory.import.empty");
		}
		List<RowResult> results = new ArrayList<>();
		List<Sighting> sightings = new ArrayList<>();
		for (FieldSheet.Row row : rows) {
			try {
				Sighting sighting = checked(membership, row, patrol);
				sightings.add(sighting);
				results.add(new RowResult(row.line(), null, sighting.category().code(), where(membership, sighting),
						sighting.text()));
			}
			catch (Invalid refused) {
				results.add(new RowResult(row.line(), refused.messageKey(), row.input().category(), row.placeName(),
						row.input().text()));
			}
		}
		boolean keep = !dryRun && sightings.size() == rows.size();
		if (keep) {
			this.log.recordAll(membership.collective(), membership.member(), sightings, "import");
		}
		return new Batch(results, keep);
	}

	/**
	 * Checks every feature of a GPS file, each point one observation (as a patrol's
	 * waypoints), and keeps them all when none has a problem and this is not a dry run.
	 * @param patrol the patrol the batch belongs to, or empty
	 */
	@Transactional
	public Batch importGeo(Membership membership, GeoReading reading, String patrol, boolean dryRun) {
		List<RowResult> results = new ArrayList<>();
		reading.problems().forEach((problem) -> results.add(refused(problem)));
		List<Integer> numbers = FeatureNumbers.of(reading);
		List<Sighting> sightings = new ArrayList<>();
		for (int i = 0; i < reading.features().size(); i++) {
			GeoFeature feature = reading.features().get(i);
			int number = numbers.get(i);
			if (!Waypoints.isPoint(feature)) {
				results.add(refused(new GeoProblem(number, feature.name(), "territory.files.not-a-point", List.of())));
				continue;
			}
			ObservationInput input = Waypoints.input(feature, patrol);
			try {
				Sighting sighting = input.checked((id) -> false, (id) -> this.patrols.find(membership, id).isPresent());
				sightings.add(sighting);
				results
					.add(new RowResult(number, null, sighting.category().code(), sighting.position(), sighting.text()));
			}
			catch (Invalid refused) {
				results.add(refused(PatrolFiles.problem(number, feature, refused)));
			}
		}
		results.sort(java.util.Comparator.comparingLong(RowResult::line));
		boolean keep = !dryRun && results.stream().allMatch(RowResult::kept);
		if (keep) {
			this.log.recordAll(membership.collective(), membership.member(), sightings, "import");
		}
		return new Batch(results, keep);
	}

	private static RowResult refused(GeoProblem problem) {
		return new RowResult(problem.feature(), problem.key(), problem.arguments(), "", "",
				(problem.name() != null) ? problem.name() : "");
	}

	private Sighting checked(Membership membership, FieldSheet.Row row, String patrol) {
		ObservationInput typed = row.input();
		String place = "";
		if (!row.placeName().isBlank()) {
			place = this.places.mentionedIn(membership, row.placeName())
				.map((found) -> found.id().toString())
				.orElseThrow(() -> new Invalid("territory.obs.place-unknown"));
		}
		return new ObservationInput(typed.category(), place, typed.position(), typed.when(), typed.text(), patrol)
			.checked((id) -> this.places.find(membership, id).isPresent(),
					(id) -> this.patrols.find(membership, id).isPresent());
	}

	private String where(Membership membership, Sighting sighting) {
		Optional<PlaceRef> place = (sighting.place() == null) ? Optional.empty()
				: this.places.find(membership, sighting.place());
		return place.map(PlaceRef::name).orElse(sighting.position());
	}

	private static List<FieldSheet.Row> rows(InputStream csv) {
		try (Reader reader = new InputStreamReader(csv,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			return FieldSheet.read(reader);
		}
		catch (CharacterCodingException ex) {
			throw new Invalid("territory.import.not-utf8");
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new Invalid("territory.import.unreadable");
		}
	}

}
