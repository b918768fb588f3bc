package org.tejido.collectives.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.accounts.Person;
import org.tejido.collectives.CollectiveDeleted;
import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.Sealed;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.MemberJoined;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.Views.CollectiveCard;
import org.tejido.site.NotFound;

/**
 * Founds collectives, describes them, and lists the ones a person belongs to.
 */
@Service
public class CollectiveDirectory {

	private final Collectives collectives;

	private final Members members;

	private final CollectiveKeys keys;

	private final Seals seals;

	private final ActivityLog log;

	private final ApplicationEventPublisher events;

	private final DocumentShelf shelf;

	CollectiveDirectory(Collectives collectives, Members members, CollectiveKeys keys, Seals seals, ActivityLog log,
			ApplicationEventPublisher events, DocumentShelf shelf) {
		this.shelf = shelf;
		this.collectives = collectives;
		this.members = members;
		this.keys = keys;
		this.seals = seals;
		this.log = log;
		this.events = events;
	}

	/**
	 * Founds a collective with its own data key; the founder is its first coordinator.
	 * @throws Invalid if the details or the founder's name are not acceptable
	 */
	@Transactional
	public UUID found(Person founder, CollectiveDetails details, String founderName) {
		problemOf(details);
		UUID id = UUID.randomUUID();
		this.keys.create(id);
		Sealed sealed = this.seals.of(id);
		Collective collective = new Collective(id, Instant.now());
		collective.describe(sealed, details);
		this.collectives.save(collective);
		MemberDetails first = new MemberInput(founderName, "", "", "en", Map.of(), false, "").checked(List.of());
		Member coordinator = new Member(id, this.seals.ofAccount(founder.id()), CollectiveRole.COORDINATOR,
				Instant.now());
		coordinator.describe(sealed, first, this.seals);
		this.members.save(coordinator);
		this.log.record(id, coordinator.id(), "collective.founded", id);
		this.events.publishEvent(new MemberJoined(id, coordinator.id()));
		return id;
	}

	@Transactional(readOnly = true)
	public CollectiveDetails details(UUID collective) {
		return this.collectives.findById(collective).orElseThrow(NotFound::new).details(this.seals.of(collective));
	}

	/**
	 * @throws Invalid if the details are not acceptable
	 */
	@Transactional
	public void describe(Membership coordinator, CollectiveDetails details) {
		problemOf(details);
		Collective collective = this.collectives.findById(coordinator.collective()).orElseThrow(NotFound::new);
		collective.describe(this.seals.of(collective.id()), details);
		this.log.record(collective.id(), coordinator.member(), "collective.described", collective.id());
	}

	/**
	 * Deletes a collective: its data key is destroyed first, so no copy of its records,
	 * in this database or any backup of it, can be read again; then its records and files
	 * go.
	 * @throws Invalid unless the confirmation repeats the collective's name
	 */
	@Transactional
	public void dissolve(Membership coordinator, String confirmation) {
		Collective collective = this.collectives.lock(coordinator.collective()).orElseThrow(NotFound::new);
		String name = collective.details(this.seals.of(collective.id())).name();
		if (!name.equalsIgnoreCase(confirmation.strip())) {
			throw new Invalid("collectives.delete-confirm");
		}
		this.keys.destroy(collective.id());
		this.collectives.delete(collective);
		this.shelf.removeAll(collective.id());
		this.events.publishEvent(new CollectiveDeleted(collective.id()));
	}

	@Transactional(readOnly = true)
	public List<CollectiveCard> of(Person person) {
		Map<UUID, CollectiveRole> roles = this.members.findByAccountIndex(this.seals.ofAccount(person.id()))
			.stream()
			.collect(Collectors.toMap(Member::collectiveId, Member::role));
		return this.collectives.findByIdIn(roles.keySet())
			.stream()
			.map((collective) -> new CollectiveCard(collective.id(),
					collective.details(this.seals.of(collective.id())).name(), roles.get(collective.id())))
			.sorted(Comparator.comparing(CollectiveCard::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static void problemOf(CollectiveDetails details) {
		String problem = details.problem();
		if (problem != null) {
			throw new Invalid(problem);
		}
	}

}
