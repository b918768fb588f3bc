package org.tejido.collectives.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Membership;
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
		List<MemberRef> everyone = names(viewer);
		return this.groups.findByCollectiveIdOrderByCreatedAt(viewer.collective())
			.stream()
			.filter((group) -> !viewer.isAlly() || group.sharedWithAllies())
			.map((group) -> view(group, viewer, everyone))
			.toList();
	}

	@Transactional(readOnly = true)
	public GroupView group(Membership viewer, UUID id) {
		return view(find(viewer, id), viewer, names(viewer));
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

	private List<MemberRef> names(Membership viewer) {
		var sealed = this.seals.of(viewer.collective());
		return this.members.findByCollectiveIdOrderByJoinedAt(viewer.collective())
			.stream()
			.map((member) -> new MemberRef(member.id(), member.name(sealed), member.role()))
			.toList();
	}

	private GroupView view(Group group, Membership viewer, List<MemberRef> everyone) {
		Set<UUID> in = group.members();
		return new GroupView(group.id(), group.name(this.seals.of(viewer.collective())), group.sharedWithAllies(),
				everyone.stream()
					.filter((member) -> in.contains(member.id()))
					.sorted(Comparator.comparing(MemberRef::name, String.CASE_INSENSITIVE_ORDER))
					.toList());
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
