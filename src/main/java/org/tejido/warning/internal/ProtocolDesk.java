package org.tejido.warning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveKeys;
import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.Membership;
import org.tejido.messaging.Channel;
import org.tejido.site.NotFound;

/**
 * Coordinators write their collective's protocols: which alerts each covers and the tiers
 * it calls. A tier must reach somebody, by some channel, and must not call again people
 * an earlier tier already called (that would be a loop, not an escalation).
 */
@Service
public class ProtocolDesk {

	static final int MAX_TIERS = 8;

	private final Protocols protocols;

	private final CollectivePeople people;

	private final CollectiveKeys keys;

	ProtocolDesk(Protocols protocols, CollectivePeople people, CollectiveKeys keys) {
		this.protocols = protocols;
		this.people = people;
		this.keys = keys;
	}

	/** A protocol as its page shows it. */
	public record ProtocolView(UUID id, String name, List<String> categories, String minSeverity,
			List<TierView> tiers) {
	}

	/** A tier, with how many people it reaches today. */
	public record TierView(int position, List<String> targets, List<String> channels, int waitMinutes, String level,
			int people) {
	}

	@Transactional(readOnly = true)
	public List<ProtocolView> of(Membership coordinator) {
		List<Person> everyone = this.people.of(coordinator.collective());
		return this.protocols.findByCollectiveIdOrderByCreatedAt(coordinator.collective())
			.stream()
			.map((protocol) -> view(protocol, everyone))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProtocolView protocol(Membership coordinator, UUID id) {
		return view(find(coordinator, id), this.people.of(coordinator.collective()));
	}

	/**
	 * @throws Invalid if the name is empty, or a category or severity is unknown
	 */
	@Transactional
	public UUID create(Membership coordinator, String name, List<String> categories, String minSeverity) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > 120) {
			throw new Invalid("alerts.protocol-name");
		}
		Protocol protocol = new Protocol(coordinator.collective(), this.keys.sealed(coordinator.collective()), stripped,
				categories.stream().map(Category::fromCode).distinct().toList(), Severity.fromCode(minSeverity),
				Instant.now());
		return this.protocols.save(protocol).id();
	}

	/**
	 * @throws Invalid if the tier reaches nobody, has no channel, waits too long, calls
	 * people an earlier tier calls, or there are too many tiers
	 */
	@Transactional
	public void addTier(Membership coordinator, UUID id, List<String> targets, List<String> channels, int waitMinutes,
			String level) {
		Protocol protocol = find(coordinator, id);
		List<Person> everyone = this.people.of(coordinator.collective());
		List<Person> reached = Recipients.of(targets, everyone);
		if (reached.isEmpty()) {
			throw new Invalid("alerts.tier-nobody");
		}
		List<Channel> chosen = channels(channels);
		if (waitMinutes < 1 || waitMinutes > Tier.MAX_WAIT_MINUTES || !Tier.LEVELS.contains(level)) {
			throw new Invalid("alerts.tier-wait");
		}
		if (protocol.tiers().size() >= MAX_TIERS) {
			throw new Invalid("alerts.tier-too-many", MAX_TIERS);
		}
		Set<UUID> earlier = new HashSet<>();
		protocol.tiers()
			.forEach((tier) -> Recipients.of(tier.targets(), everyone).forEach((p) -> earlier.add(p.member())));
		if (reached.stream().allMatch((person) -> earlier.contains(person.member()))) {
			throw new Invalid("alerts.tier-loop");
		}
		protocol.add(new Tier(targets, chosen, waitMinutes, level));
	}

	@Transactional
	public void removeTier(Membership coordinator, UUID id, int position) {
		find(coordinator, id).removeTier(position);
	}

	@Transactional
	public void delete(Membership coordinator, UUID id) {
		this.protocols.delete(find(coordinator, id));
	}

	private Protocol find(Membership coordinator, UUID id) {
		return this.protocols.findByCollectiveIdAndId(coordinator.collective(), id).orElseThrow(NotFound::new);
	}

	private static List<Channel> channels(List<String> codes) {
		List<Channel> chosen = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (codes.contains(channel.code())) {
				chosen.add(channel);
			}
		}
		if (chosen.isEmpty()) {
			throw new Invalid("alerts.tier-no-channel");
		}
		return chosen;
	}

	private ProtocolView view(Protocol protocol, List<Person> everyone) {
		List<TierView> tiers = new ArrayList<>();
		List<Tier> all = protocol.tiers();
		for (int i = 0; i < all.size(); i++) {
			Tier tier = all.get(i);
			tiers.add(new TierView(i + 1, tier.targets(), tier.channels().stream().map(Channel::code).toList(),
					tier.waitMinutes(), tier.level(), Recipients.of(tier.targets(), everyone).size()));
		}
		return new ProtocolView(protocol.id(), protocol.name(this.keys.sealed(protocol.collectiveId())),
				protocol.categories().stream().map(Category::code).toList(), protocol.minSeverity().code(), tiers);
	}

}
