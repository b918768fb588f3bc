package org.tejido.collectives.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
import org.tejido.collectives.Sealed;
import org.tejido.collectives.internal.Views.GroupView;
import org.tejido.collectives.internal.Views.MemberRef;
import org.tejido.site.NotFound;

/**
 * Sub-groups of a collective. Allies see only the groups shared with allies; to them the
 * others do not exist.
 */
@Service
public class GroupDirectory {

	static final int MAX_NAME = 80;

	private final Groups groups;

	private final Members members;

	private final Seals seals;

	private final ActivityLog log;

	GroupDirectory(Groups groups, Members members, Seals seals, ActivityLog log) {
		this.groups = groups;
		this.members = members;
		this.seals = seals;
		this.log = log;
	}

	@Transactional(readOnly = true)
	public List<GroupView> visibleTo(Membership viewer) {
		People people = new People(viewer.collective());
		return this.groups.findByCollectiveIdOrderByCreatedAt(viewer.collective())
			.stream()
			.filter((group) -> !viewer.isAlly() || group.sharedWithAllies())
			.map((group) -> view(group, people))
			.toList();
	}

	@Transactional(readOnly = true)
	public GroupView group(Membership viewer, UUID id) {
		return view(find(viewer, id), new People(viewer.collective()));
	}

	/**
	 * @throws Invalid if the name is empty or too long
	 */
	@Transactional
	public UUID form(Membership coordinator, String name, boolean sharedWithAllies) {
		String checked = checkedName(name);
		Group group = new Group(coordinator.collective(),
				Objects.requireNonNull(this.seals.of(coordinator.collective()).seal("group.name", checked)),
				sharedWithAllies, Instant.now());
		this.groups.save(group);
		this.log.record(coordinator.collective(), coordinator.member(), "group.formed", group.id());
		return group.id();
	}

	@Transactional
	public void share(Membership coordinator, UUID id, boolean withAllies) {
		find(coordinator, id).share(withAllies);
		this.log.record(coordinator.collective(), coordinator.member(), withAllies ? "group.shared" : "group.unshared",
				id);
	}

	@Transactional
	public void add(Membership coordinator, UUID id, UUID member) {
		Group group = find(coordinator, id);
		this.members.findByCollectiveIdAndId(coordinator.collective(), member).orElseThrow(NotFound::new);
		if (group.add(member)) {
			this.log.record(coordinator.collective(), coordinator.member(), "group.member-added", id);
		}
	}

	@Transactional
	public void remove(Membership coordinator, UUID id, UUID member) {
		if (find(coordinator, id).remove(member)) {
			this.log.record(coordinator.collective(), coordinator.member(), "group.member-removed", id);
		}
	}

	@Transactional
	public void dissolve(Membership coordinator, UUID id) {
		this.groups.delete(find(coordinator, id));
		this.log.record(coordinator.collective(), coordinator.member(), "group.dissolved", id);
	}

	private Group find(Membership viewer, UUID id) {
		return this.groups.findByCollectiveIdAndId(viewer.collective(), id)
			.filter((group) -> !viewer.isAlly() || group.sharedWithAllies())
			.orElseThrow(NotFound::new);
	}

	private static GroupView view(Group group, People people) {
		return new GroupView(group.id(), group.name(people.sealed), group.sharedWithAllies(),
				people.in(group.members()));
	}

	/**
	 * A collective's members, each name opened only when a group shown has that member,
	 * and only once.
	 */
	private final class People {

		private final Sealed sealed;

		private final Map<UUID, Member> byId;

		private final Map<UUID, MemberRef> opened = new HashMap<>();

		People(UUID collective) {
			this.sealed = GroupDirectory.this.seals.of(collective);
			this.byId = GroupDirectory.this.members.findByCollectiveIdOrderByJoinedAt(collective)
				.stream()
				.collect(Collectors.toMap(Member::id, Function.identity()));
		}

		List<MemberRef> in(Set<UUID> ids) {
			return ids.stream()
				.map(this.byId::get)
				.filter(Objects::nonNull)
				.map((member) -> this.opened.computeIfAbsent(member.id(),
						(id) -> new MemberRef(id, member.name(this.sealed), member.role())))
				.sorted(Comparator.comparing(MemberRef::name, String.CASE_INSENSITIVE_ORDER))
				.toList();
		}

	}

	private static String checkedName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new Invalid("collectives.group-name-required");
		}
		if (stripped.length() > MAX_NAME) {
			throw new Invalid("collectives.too-long");
		}
		return stripped;
	}

}
