package org.tejido.territory.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.territory.ObservationFigures;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;

/** Observations reduced to month, category and position for reports. */
@Service
class ObservationTallies implements ObservationFigures {

	private final Observations observations;

	private final TerritoryPlaces places;

	private final CollectiveKeys keys;

	ObservationTallies(Observations observations, TerritoryPlaces places, CollectiveKeys keys) {
		this.observations = observations;
		this.places = places;
		this.keys = keys;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObservationFact> made(Membership coordinator, Instant from, Instant to) {
		if (!coordinator.isCoordinator()) {
			return List.of();
		}
		Map<UUID, PlaceRef> points = this.places.visibleTo(coordinator)
			.stream()
			.collect(Collectors.toMap(PlaceRef::id, Function.identity()));
		Sealed sealing = this.keys.sealed(coordinator.collective());
		return this.observations
			.findByCollectiveIdAndObservedAtGreaterThanEqualAndObservedAtLessThanOrderByObservedAt(
					coordinator.collective(), from, to)
			.stream()
			.map((observation) -> fact(observation, points, sealing))
			.toList();
	}

	private static ObservationFact fact(Observation observation, Map<UUID, PlaceRef> points, Sealed sealing) {
		YearMonth month = YearMonth.from(observation.observedAt().atZone(ZoneOffset.UTC));
		String category = observation.category().code();
		String position = observation.position(sealing);
		if (!position.isEmpty()) {
			return new ObservationFact(month, category, Positions.latitude(position), Positions.longitude(position));
		}
		PlaceRef place = (observation.placeId() != null) ? points.get(observation.placeId()) : null;
		if (place != null) {
			return new ObservationFact(month, category, place.latitude(), place.longitude());
		}
		return new ObservationFact(month, category, null, null);
	}

}
