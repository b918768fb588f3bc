package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.MemberJoined;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.Views.MemberRef;
import org.tejido.collectives.internal.Views.MemberView;
import org.tejido.site.NotFound;

/**
 * The people of a collective: who they are, their roles, and who may manage them. Every
 * method works inside the collective of the membership it is given.
 */
@Service
public class Roster {

	private final Collectives collectives;

	private final Members members;

	private final Groups groups;

	private final Seals seals;

	private final ActivityLog log;

	private final ApplicationEventPublisher events;

	Roster(Collectives collectives, Members members, Groups groups, Seals seals, ActivityLog log,
			ApplicationEventPublisher events) {
		this.collectives = collectives;
		this.members = members;
		this.groups = groups;
		this.seals = seals;
		this.log = log;
		this.events = events;
	}

	/** The signed-in account's membership of a collective, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Membership> membershipOf(UUID collective, UUID account) {
		return this.members.findByCollectiveIdAndAccountIndex(collective, this.seals.ofAccount(account))
			.map((member) -> new Membership(collective, member.id(), member.role()));
	}

	@Transactional(readOnly = true)
	public List<MemberView> members(Membership viewer) {
		return members(viewer, 0, Integer.MAX_VALUE);
	}

	/** How many people the collective has. */
	@Transactional(readOnly = true)
	public int count(Membership viewer) {
		return Math.toIntExact(this.members.countByCollectiveId(viewer.collective()));
	}

	/**
	 * The collective's people from one place in the order they joined (inclusive) to
	 * another (exclusive); only those are opened.
	 */
	@Transactional(readOnly = true)
	public List<MemberView> members(Membership viewer, int from, int to) {
		Sealed sealed = this.seals.of(viewer.collective());
		List<Member> all = this.members.findByCollectiveIdOrderByJoinedAt(viewer.collective());
		List<Member> shown = all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
		Map<UUID, List<String>> groupsOf = groupNamesByMember(viewer.collective(), sealed);
		return shown.stream()
			.map((member) -> view(member, sealed, groupsOf.getOrDefault(member.id(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public MemberView member(Membership viewer, UUID id) {
		Sealed sealed = this.seals.of(viewer.collective());
		Member member = find(viewer, id);
		return view(member, sealed, groupNamesByMember(viewer.collective(), sealed).getOrDefault(id, List.of()));
	}

	@Transactional(readOnly = true)
	public List<MemberRef> names(Membership viewer) {
		Sealed sealed = this.seals.of(viewer.collective());
		return this.members.findByCollectiveIdOrderByJoinedAt(viewer.collective())
			.stream()
			.map((member) -> new MemberRef(member.id(), member.name(sealed), member.role()))
			.toList();
	}

	/**
	 * Adds someone who will not sign in, reachable by SMS or e-mail.
	 * @throws Invalid naming what is wrong with the input
	 */
	@Transactional
	public UUID addContact(Membership coordinator, MemberInput input, CollectiveRole role) {
		Collective collective = this.collectives.lock(coordinator.collective()).orElseThrow(NotFound::new);
		Sealed sealed = this.seals.of(collective.id());
		MemberDetails details = input.checked(collective.details(sealed).recordedAttributes());
		if (role == CollectiveRole.COORDINATOR) {
			throw new Invalid("collectives.coordinator-needs-account");
		}
		Member member = new Member(collective.id(), null, role, Instant.now());
		member.describe(sealed, details, this.seals);
		this.members.save(member);
		this.log.record(collective.id(), coordinator.member(), "member.added", member.id());
		this.events.publishEvent(new MemberJoined(collective.id(), member.id()));
		return member.id();
	}

	/**
	 * @throws Invalid naming what is wrong with the input
	 */
	@Transactional
	public void describe(Membership coordinator, UUID id, MemberInput input) {
		Collective collective = this.collectives.lock(coordinator.collective()).orElseThrow(NotFound::new);
		Sealed sealed = this.seals.of(collective.id());
		Member member = find(coordinator, id);
		member.describe(sealed, input.checked(collective.details(sealed).recordedAttributes()), this.seals);
		this.log.record(collective.id(), coordinator.member(), "member.described", id);
	}

	/**
	 * @throws Invalid if this would leave the collective without a coordinator, or make a
	 * coordinator of someone who cannot sign in
	 */
	@Transactional
	public void changeRole(Membership coordinator, UUID id, CollectiveRole role) {
		this.collectives.lock(coordinator.collective()).orElseThrow(NotFound::new);
		Member member = find(coordinator, id);
		if (role == CollectiveRole.COORDINATOR && !member.hasAccount()) {
			throw new Invalid("collectives.coordinator-needs-account");
		}
		refuseLosingLastCoordinator(member, role);
		member.changeRole(role);
		this.log.record(coordinator.collective(), coordinator.member(), "member.role-" + role.code(), id);
	}

	/**
	 * @throws Invalid if this would leave the collective without a coordinator
	 */
	@Transactional
	public void remove(Membership coordinator, UUID id) {
		this.collectives.lock(coordinator.collective()).orElseThrow(NotFound::new);
		Member member = find(coordinator, id);
		refuseLosingLastCoordinator(member, null);
		this.groups.findByCollectiveIdOrderByCreatedAt(coordinator.collective()).forEach((group) -> group.remove(id));
		this.members.delete(member);
		this.log.record(coordinator.collective(), coordinator.member(), "member.removed", id);
	}

	private void refuseLosingLastCoordinator(Member member, @Nullable CollectiveRole newRole) {
		boolean stopsCoordinating = member.role() == CollectiveRole.COORDINATOR
				&& newRole != CollectiveRole.COORDINATOR;
		if (stopsCoordinating
				&& this.members.countByCollectiveIdAndRole(member.collectiveId(), CollectiveRole.COORDINATOR) <= 1) {
			throw new Invalid("collectives.last-coordinator");
		}
	}

	private Member find(Membership viewer, UUID id) {
		return this.members.findByCollectiveIdAndId(viewer.collective(), id).orElseThrow(NotFound::new);
	}

	private Map<UUID, List<String>> groupNamesByMember(UUID collective, Sealed sealed) {
		return this.groups.findByCollectiveIdOrderByCreatedAt(collective).stream().flatMap((group) -> {
			String name = group.name(sealed);
			return group.members().stream().map((member) -> Map.entry(member, name));
		})
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private static MemberView view(Member member, Sealed sealed, List<String> groups) {
		return new MemberView(member.id(), member.details(sealed), member.role(), member.hasAccount(),
				member.joinedAt(), groups);
	}

}
