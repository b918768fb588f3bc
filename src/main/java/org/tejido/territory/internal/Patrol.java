package org.tejido.territory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.Sealed;

/**
 * A patrol of a collective's territory: its name, the day it was walked, its team, and
 * its route (a GPS track or drawn), sealed as WKT.
 */
@Entity
@Table(name = "patrol")
class Patrol {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "walked_on")
	private LocalDate walkedOn;

	@Column(name = "sealed_route")
	private byte @Nullable [] sealedRoute;

	@Column(name = "sealed_notes")
	private byte @Nullable [] sealedNotes;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "patrol_member", joinColumns = @JoinColumn(name = "patrol_id"))
	@Column(name = "member_id")
	private Set<UUID> team = new LinkedHashSet<>();

	@Column(name = "created_by")
	private @Nullable UUID createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Patrol() {
	}

	@SuppressWarnings("NullAway")
	Patrol(UUID collectiveId, PatrolPlan plan, @Nullable UUID createdBy, Sealed sealing, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.sealedName = sealing.seal("patrol.name", plan.name());
		this.walkedOn = plan.walkedOn();
		this.sealedRoute = sealing.seal("patrol.route", plan.routeWkt());
		this.sealedNotes = sealing.seal("patrol.notes", plan.notes());
		this.team.addAll(plan.team());
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	LocalDate walkedOn() {
		return this.walkedOn;
	}

	Set<UUID> team() {
		return Set.copyOf(this.team);
	}

	String name(Sealed sealing) {
		return sealing.open("patrol.name", this.sealedName);
	}

	String routeWkt(Sealed sealing) {
		return sealing.open("patrol.route", this.sealedRoute);
	}

	String notes(Sealed sealing) {
		return sealing.open("patrol.notes", this.sealedNotes);
	}

	void followed(String routeWkt, Sealed sealing) {
		this.sealedRoute = sealing.seal("patrol.route", routeWkt);
	}

}
