package org.tejido.territory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.evidence.EvidenceLocker;
import org.tejido.evidence.SealedItem;
import org.tejido.site.NotFound;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;

/**
 * Observations as pages show them. An observation made at a place the viewer may not see
 * is not shown to them at all, not even as a position on a map.
 */
@Service
public class ObservationViews {

	private final Observations observations;

	private final TerritoryPlaces places;

	private final CollectiveKeys keys;

	private final CollectivePeople people;

	private final EvidenceLocker evidence;

	ObservationViews(Observations observations, TerritoryPlaces places, CollectiveKeys keys, CollectivePeople people,
			EvidenceLocker evidence) {
		this.observations = observations;
		this.places = places;
		this.keys = keys;
		this.people = people;
		this.evidence = evidence;
	}

	/** An observation, opened. */
	public record ObservationView(UUID id, String code, String category, String source, Instant observedAt,
			@Nullable PlaceRef place, @Nullable Double latitude, @Nullable Double longitude, String text,
			String reporter, @Nullable UUID patrol, @Nullable UUID task, @Nullable UUID alert, List<UUID> evidence,
			List<SealedItem> items) {

		public boolean located() {
			return this.latitude != null || this.place != null;
		}

	}

	/** Every observation of the collective the person may see, newest first. */
	@Transactional(readOnly = true)
	public List<ObservationView> of(Membership membership) {
		return visible(membership, this.observations.findByCollectiveIdOrderByObservedAtDesc(membership.collective()));
	}

	/** The observations of one patrol the person may see, in the order they were made. */
	@Transactional(readOnly = true)
	public List<ObservationView> ofPatrol(Membership membership, UUID patrol) {
		return visible(membership,
				this.observations.findByCollectiveIdAndPatrolIdOrderByObservedAt(membership.collective(), patrol));
	}

	/** The observations that answered a ground-truthing task. */
	@Transactional(readOnly = true)
	public List<ObservationView> ofTask(Membership membership, UUID task) {
		return visible(membership, this.observations.findByCollectiveIdAndTaskId(membership.collective(), task));
	}

	/** One observation with its evidence, or a 404. */
	@Transactional(readOnly = true)
	public ObservationView one(Membership membership, UUID id) {
		return find(membership, id).orElseThrow(NotFound::new);
	}

	@Transactional(readOnly = true)
	public Optional<ObservationView> find(Membership membership, UUID id) {
		return this.observations.findByCollectiveIdAndId(membership.collective(), id)
			.flatMap((observation) -> visible(membership, List.of(observation)).stream().findFirst())
			.map((view) -> withItems(membership, view));
	}

	private ObservationView withItems(Membership membership, ObservationView view) {
		return new ObservationView(view.id(), view.code(), view.category(), view.source(), view.observedAt(),
				view.place(), view.latitude(), view.longitude(), view.text(), view.reporter(), view.patrol(),
				view.task(), view.alert(), view.evidence(),
				this.evidence.items(membership.collective(), view.evidence()));
	}

	private List<ObservationView> visible(Membership membership, List<Observation> found) {
		Map<UUID, PlaceRef> seen = this.places.visibleTo(membership)
			.stream()
			.collect(Collectors.toMap(PlaceRef::id, Function.identity()));
		Map<UUID, String> names = this.people.of(membership.collective())
			.stream()
			.collect(Collectors.toMap(CollectivePeople.Person::member, CollectivePeople.Person::name));
		Sealed sealing = this.keys.sealed(membership.collective());
		return found.stream()
			.filter((observation) -> observation.placeId() == null || seen.containsKey(observation.placeId()))
			.map((observation) -> view(observation, seen, names, sealing))
			.toList();
	}

	private static ObservationView view(Observation observation, Map<UUID, PlaceRef> places, Map<UUID, String> names,
			Sealed sealing) {
		String position = observation.position(sealing);
		UUID reporter = observation.reporterId();
		return new ObservationView(observation.id(), observation.code(), observation.category().code(),
				observation.source(), observation.observedAt(),
				(observation.placeId() == null) ? null : places.get(observation.placeId()),
				Positions.latitude(position), Positions.longitude(position), observation.text(sealing),
				(reporter == null) ? "" : names.getOrDefault(reporter, ""), observation.patrolId(),
				observation.taskId(), observation.alertId(), observation.items(), List.of());
	}

}
