package org.tejido.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.tejido.collectives.Membership;
import org.tejido.risk.ThreatSources;
import org.tejido.risk.ThreatSources.Source;
import org.tejido.territory.FieldObservations;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;
import org.tejido.warning.WarningAlerts;

/**
 * What a threat can point to outside the assessment: the collective's recent alerts and
 * observations (as facts), the places of its territory, and the actors another module
 * offers as sources; each only as far as the person may see it.
 */
@Component
public class ThreatFacts {

	/** How many recent alerts, and how many recent observations, a threat form offers. */
	static final int RECENT = 8;

	private final WarningAlerts alerts;

	private final FieldObservations observations;

	private final TerritoryPlaces places;

	private final List<ThreatSources> sources;

	ThreatFacts(WarningAlerts alerts, FieldObservations observations, TerritoryPlaces places,
			List<ThreatSources> sources) {
		this.alerts = alerts;
		this.observations = observations;
		this.places = places;
		this.sources = sources;
	}

	/**
	 * What a threat form offers to tick or choose.
	 *
	 * @param facts recent alerts and observations, and those the threat already keeps
	 */
	public record Choices(List<FactRef> facts, List<PlaceRef> places, List<Source> sources) {
	}

	public Choices choices(Membership membership, @Nullable Threat threat) {
		List<FactRef> facts = new ArrayList<>(recent(membership));
		if (threat != null) {
			threat.references()
				.stream()
				.filter((kept) -> facts.stream().noneMatch((fact) -> fact.key().equals(kept.key())))
				.forEach(facts::add);
		}
		return new Choices(facts, this.places.visibleTo(membership), sources(membership));
	}

	private List<FactRef> recent(Membership membership) {
		List<FactRef> facts = new ArrayList<>();
		this.alerts.recent(membership, RECENT)
			.forEach((alert) -> facts
				.add(new FactRef("alert", alert.id(), alert.code(), day(alert.raisedAt()), alert.summary())));
		this.observations.recent(membership, RECENT)
			.forEach((seen) -> facts
				.add(new FactRef("observation", seen.id(), seen.code(), day(seen.at()), seen.summary())));
		return facts;
	}

	/**
	 * The facts ticked: those the threat already kept stay as they were; new ones are
	 * read now, and only if the person may see them.
	 */
	List<FactRef> chosen(Membership membership, List<String> ticked, List<FactRef> kept) {
		List<FactRef> chosen = new ArrayList<>();
		for (String key : ticked.stream().distinct().toList()) {
			Optional<FactRef> previous = kept.stream().filter((fact) -> fact.key().equals(key)).findFirst();
			previous.or(() -> read(membership, key)).ifPresent(chosen::add);
		}
		return chosen;
	}

	private Optional<FactRef> read(Membership membership, String key) {
		String[] parts = key.split(":", 2);
		Optional<UUID> id = uuid((parts.length == 2) ? parts[1] : "");
		if (id.isEmpty()) {
			return Optional.empty();
		}
		if (parts[0].equals("alert")) {
			return this.alerts.find(membership, id.get())
				.map((alert) -> new FactRef("alert", alert.id(), alert.code(), day(alert.raisedAt()), alert.summary()));
		}
		if (parts[0].equals("observation")) {
			return this.observations.recent(membership, Integer.MAX_VALUE)
				.stream()
				.filter((seen) -> seen.id().equals(id.get()))
				.findFirst()
				.map((seen) -> new FactRef("observation", seen.id(), seen.code(), day(seen.at()), seen.summary()));
		}
		return Optional.empty();
	}

	List<PlaceMention> places(Membership membership, List<String> ticked) {
		return ticked.stream()
			.distinct()
			.map(ThreatFacts::uuid)
			.flatMap(Optional::stream)
			.map((id) -> this.places.find(membership, id))
			.flatMap(Optional::stream)
			.map((place) -> new PlaceMention(place.id(), place.name()))
			.toList();
	}

	/** The actor chosen as source, if one was chosen and the person may see it. */
	Optional<Source> source(Membership membership, String chosen) {
		Optional<UUID> id = uuid(chosen);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		return this.sources.stream()
			.map((offered) -> offered.find(membership, id.get()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private List<Source> sources(Membership membership) {
		return this.sources.stream().flatMap((offered) -> offered.candidates(membership).stream()).toList();
	}

	private static LocalDate day(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
