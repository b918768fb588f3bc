package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectivePeople;

@Component
class PeopleDirectory implements CollectivePeople {

	private final Members members;

	private final Groups groups;

	private final Seals seals;

	PeopleDirectory(Members members, Groups groups, Seals seals) {
		this.members = members;
		this.groups = groups;
		this.seals = seals;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Person> of(UUID collective) {
		Sealed sealed = this.seals.of(collective);
		Map<UUID, Set<UUID>> groupsOf = groupsByMember(collective);
		return this.members.findByCollectiveIdOrderByJoinedAt(collective)
			.stream()
			.map((member) -> person(member, sealed, groupsOf))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Person> find(UUID collective, UUID member) {
		return this.members.findByCollectiveIdAndId(collective, member)
			.map((found) -> person(found, this.seals.of(collective), groupsByMember(collective)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<GroupRef> groups(UUID collective) {
		Sealed sealed = this.seals.of(collective);
		return this.groups.findByCollectiveIdOrderByCreatedAt(collective)
			.stream()
			.map((group) -> new GroupRef(group.id(), group.name(sealed), group.sharedWithAllies()))
			.toList();
	}

	private Map<UUID, Set<UUID>> groupsByMember(UUID collective) {
		Map<UUID, Set<UUID>> groupsOf = new java.util.HashMap<>();
		for (Group group : this.groups.findByCollectiveIdOrderByCreatedAt(collective)) {
			group.members()
				.forEach((member) -> groupsOf.computeIfAbsent(member, (id) -> new HashSet<>()).add(group.id()));
		}
		return groupsOf;
	}

	private static Person person(Member member, Sealed sealed, Map<UUID, Set<UUID>> groupsOf) {
		MemberDetails details = member.details(sealed);
		return new Person(member.id(), details.name(), member.role(), details.phone(), details.email(), details.lang(),
				Set.copyOf(groupsOf.getOrDefault(member.id(), Set.of())));
	}

}
