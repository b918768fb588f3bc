package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A sub-group of a collective (women, youth, elders, a patrol team…). Allies see a group
 * and its members' names only when it is shared with allies.
 */
@Entity
@Table(name = "collective_group")
class Group {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "shared_with_allies")
	private boolean sharedWithAllies;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "collective_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "member_id")
	private Set<UUID> members = new LinkedHashSet<>();

	@SuppressWarnings("NullAway.Init")
	protected Group() {
	}

	Group(UUID collectiveId, byte[] sealedName, boolean sharedWithAllies, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.sealedName = sealedName;
		this.sharedWithAllies = sharedWithAllies;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	String name(Sealed sealed) {
		return sealed.open("group.name", this.sealedName);
	}

	boolean sharedWithAllies() {
		return this.sharedWithAllies;
	}

	Set<UUID> members() {
		return Set.copyOf(this.members);
	}

	boolean add(UUID member) {
		return this.members.add(member);
	}

	boolean remove(UUID member) {
		return this.members.remove(member);
	}

	void share(boolean withAllies) {
		this.sharedWithAllies = withAllies;
	}

}
