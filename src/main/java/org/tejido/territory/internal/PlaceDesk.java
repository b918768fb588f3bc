package org.tejido.territory.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Membership;
import org.tejido.site.NotFound;
import org.tejido.site.Refused;
import org.tejido.territory.PlaceSensitivity;

/**
 * Adds, changes and removes the places of a collective. Members and coordinators add and
 * change places; only coordinators give or take the coordinators-only sensitivity, and a
 * place someone may not see is, to them, not there.
 */
@Service
public class PlaceDesk {

	private final Places places;

	private final CollectiveKeys keys;

	private final CollectiveActivity activity;

	PlaceDesk(Places places, CollectiveKeys keys, CollectiveActivity activity) {
		this.places = places;
		this.keys = keys;
		this.activity = activity;
	}

	/**
	 * @throws Invalid if the draft cannot be kept
	 * @throws Refused 403 if a member asks for coordinators only
	 */
	@Transactional
	public UUID add(Membership membership, PlaceDraft draft) {
		PlaceDraft checked = draft.checked();
		mayGive(membership, checked.sensitivity());
		Place place = new Place(membership.collective(), checked, this.keys.sealed(membership.collective()),
				Instant.now());
		this.places.save(place);
		this.activity.record(membership.collective(), membership.member(), "territory.place-added", place.id());
		return place.id();
	}

	/**
	 * @param version the version the change was made on
	 * @throws Refused 409 if the place changed meanwhile
	 */
	@Transactional
	public void change(Membership membership, UUID id, long version, PlaceDraft draft) {
		Place place = visible(membership, id);
		PlaceDraft checked = draft.checked();
		if (place.version() != version) {
			throw new Refused(HttpStatus.CONFLICT, "territory.place.changed-meanwhile");
		}
		mayGive(membership, place.sensitivity());
		mayGive(membership, checked.sensitivity());
		place.change(checked, this.keys.sealed(membership.collective()), Instant.now());
		this.activity.record(membership.collective(), membership.member(), "territory.place-changed", id);
	}

	@Transactional
	public void remove(Membership coordinator, UUID id) {
		if (!coordinator.isCoordinator()) {
			throw new Refused(HttpStatus.FORBIDDEN, "territory.place.coordinators-remove");
		}
		this.places.delete(visible(coordinator, id));
		this.activity.record(coordinator.collective(), coordinator.member(), "territory.place-removed", id);
	}

	private Place visible(Membership membership, UUID id) {
		return this.places.findByCollectiveIdAndId(membership.collective(), id)
			.filter((place) -> place.sensitivity().visibleTo(membership.role()))
			.orElseThrow(NotFound::new);
	}

	private static void mayGive(Membership membership, PlaceSensitivity sensitivity) {
		if (sensitivity == PlaceSensitivity.COORDINATORS && !membership.isCoordinator()) {
			throw new Refused(HttpStatus.FORBIDDEN, "territory.place.coordinators-only");
		}
	}

}
