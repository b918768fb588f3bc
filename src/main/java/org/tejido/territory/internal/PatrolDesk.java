package org.tejido.territory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveActivity;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.site.NotFound;

/**
 * Patrols of a collective's territory: planned or recorded with their team and route, and
 * read back for their pages.
 */
@Service
public class PatrolDesk {

	private final Patrols patrols;

	private final CollectiveKeys keys;

	private final CollectivePeople people;

	private final CollectiveActivity activity;

	PatrolDesk(Patrols patrols, CollectiveKeys keys, CollectivePeople people, CollectiveActivity activity) {
		this.patrols = patrols;
		this.keys = keys;
		this.people = people;
		this.activity = activity;
	}

	/** A patrol, opened. */
	public record PatrolView(UUID id, String name, LocalDate walkedOn, List<String> team, String notes,
			@Nullable Geometry route, double kilometres) {
	}

	/** The collective's members who may walk a patrol, for the team choice. */
	@Transactional(readOnly = true)
	public List<CollectivePeople.Person> walkers(Membership membership) {
		return this.people.of(membership.collective())
			.stream()
			.sorted(Comparator.comparing(CollectivePeople.Person::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional
	public UUID create(Membership membership, PatrolInput input) {
		Set<UUID> members = this.people.of(membership.collective())
			.stream()
			.map(CollectivePeople.Person::member)
			.collect(Collectors.toSet());
		PatrolPlan plan = input.checked(members::contains);
		Patrol patrol = this.patrols.save(new Patrol(membership.collective(), plan, membership.member(),
				this.keys.sealed(membership.collective()), Instant.now()));
		this.activity.record(membership.collective(), membership.member(), "territory.patrol-recorded", patrol.id());
		return patrol.id();
	}

	/** Sets a patrol's route from a GPS track. */
	@Transactional
	public void followed(Membership membership, UUID patrol, Geometry track) {
		Patrol found = this.patrols.findByCollectiveIdAndId(membership.collective(), patrol).orElseThrow(NotFound::new);
		found.followed(Routes.track(track), this.keys.sealed(membership.collective()));
		this.activity.record(membership.collective(), membership.member(), "territory.patrol-route", patrol);
	}

	@Transactional(readOnly = true)
	public List<PatrolView> of(Membership membership) {
		Sealed sealing = this.keys.sealed(membership.collective());
		List<CollectivePeople.Person> everyone = this.people.of(membership.collective());
		return this.patrols.findByCollectiveIdOrderByWalkedOnDesc(membership.collective())
			.stream()
			.map((patrol) -> view(patrol, sealing, everyone))
			.toList();
	}

	@Transactional(readOnly = true)
	public PatrolView one(Membership membership, UUID patrol) {
		return find(membership, patrol).orElseThrow(NotFound::new);
	}

	@Transactional(readOnly = true)
	public Optional<PatrolView> find(Membership membership, UUID patrol) {
		return this.patrols.findByCollectiveIdAndId(membership.collective(), patrol)
			.map((found) -> view(found, this.keys.sealed(membership.collective()),
					this.people.of(membership.collective())));
	}

	/**
	 * The patrol walked today whose team the member is on, if any: where their SMS
	 * belong.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> walkingToday(UUID collective, UUID member) {
		return this.patrols.findByCollectiveIdAndWalkedOn(collective, LocalDate.now())
			.stream()
			.filter((patrol) -> patrol.team().contains(member))
			.map(Patrol::id)
			.findFirst();
	}

	private static PatrolView view(Patrol patrol, Sealed sealing, List<CollectivePeople.Person> everyone) {
		Geometry route = Routes.read(patrol.routeWkt(sealing)).orElse(null);
		List<String> team = everyone.stream()
			.filter((person) -> patrol.team().contains(person.member()))
			.map(CollectivePeople.Person::name)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		return new PatrolView(patrol.id(), patrol.name(sealing), patrol.walkedOn(), team, patrol.notes(sealing), route,
				(route == null) ? 0 : Routes.kilometres(route));
	}

}
