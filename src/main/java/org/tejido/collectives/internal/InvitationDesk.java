package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.accounts.People;
import org.tejido.accounts.Person;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.MemberJoined;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.Views.InvitationView;
import org.tejido.site.NotFound;

/**
 * Invitations into a collective: issued by a coordinator for one role, redeemed once by a
 * signed-in person before they expire.
 */
@Service
public class InvitationDesk {

	/** How long an invitation may be valid, at most. */
	public static final int MAX_DAYS = 30;

	private final Invitations invitations;

	private final Collectives collectives;

	private final Members members;

	private final Seals seals;

	private final ActivityLog log;

	private final ApplicationEventPublisher events;

	private final People people;

	InvitationDesk(Invitations invitations, Collectives collectives, Members members, Seals seals, ActivityLog log,
			ApplicationEventPublisher events, People people) {
		this.people = people;
		this.invitations = invitations;
		this.collectives = collectives;
		this.members = members;
		this.seals = seals;
		this.log = log;
		this.events = events;
	}

	/** A new invitation's code, shown once and never stored. */
	public record Issued(String code, CollectiveRole role, Instant expiresAt) {
	}

	/** What someone holding a code is about to join. */
	public record Preview(String collectiveName, CollectiveRole role, Instant expiresAt) {
	}

	@Transactional
	public Issued issue(Membership coordinator, CollectiveRole role, int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new Invalid("collectives.invitation-days");
		}
		String code = InvitationCodes.newCode();
		Instant now = Instant.now();
		Invitation invitation = new Invitation(coordinator.collective(), InvitationCodes.hash(code), role,
				coordinator.member(), now, now.plus(Duration.ofDays(days)));
		this.invitations.save(invitation);
		this.log.record(coordinator.collective(), coordinator.member(), "invitation.issued", invitation.id());
		return new Issued(code, role, invitation.expiresAt());
	}

	@Transactional(readOnly = true)
	public List<InvitationView> of(Membership coordinator) {
		Instant now = Instant.now();
		return this.invitations.findByCollectiveIdOrderByCreatedAtDesc(coordinator.collective())
			.stream()
			.map((invitation) -> new InvitationView(invitation.id(), invitation.role(), invitation.expiresAt(),
					invitation.isOpen(now)))
			.toList();
	}

	@Transactional
	public void revoke(Membership coordinator, UUID id) {
		Invitation invitation = this.invitations.findByCollectiveIdAndId(coordinator.collective(), id)
			.orElseThrow(NotFound::new);
		invitation.revoke(Instant.now());
		this.log.record(coordinator.collective(), coordinator.member(), "invitation.revoked", id);
	}

	/**
	 * @throws NotFound if no invitation has this code
	 * @throws Invalid if it was used or has expired
	 */
	@Transactional(readOnly = true)
	public Preview preview(String code) {
		Invitation invitation = find(code);
		invitation.checkOpen(Instant.now());
		String name = this.collectives.findById(invitation.collectiveId())
			.orElseThrow(NotFound::new)
			.details(this.seals.of(invitation.collectiveId()))
			.name();
		return new Preview(name, invitation.role(), invitation.expiresAt());
	}

	/**
	 * Makes the person a member with the invitation's role.
	 * @throws NotFound if no invitation has this code
	 * @throws Invalid if it was used or has expired, if the person already belongs to the
	 * collective, or if what they typed is not acceptable
	 */
	@Transactional
	public Membership redeem(String code, Person person, MemberInput input) {
		Invitation invitation = lock(code);
		Collective collective = this.collectives.lock(invitation.collectiveId()).orElseThrow(NotFound::new);
		invitation.use(Instant.now());
		if (this.members.findByCollectiveIdAndAccountIndex(collective.id(), this.seals.ofAccount(person.id()))
			.isPresent()) {
			throw new Invalid("collectives.already-member");
		}
		Sealed sealed = this.seals.of(collective.id());
		Member member = new Member(collective.id(), this.seals.ofAccount(person.id()), invitation.role(),
				Instant.now());
		member.describe(sealed, input.checked(collective.details(sealed).recordedAttributes()), this.seals);
		this.members.save(member);
		this.log.record(collective.id(), member.id(), "member.joined", invitation.id());
		this.events.publishEvent(new MemberJoined(collective.id(), member.id()));
		return new Membership(collective.id(), member.id(), member.role());
	}

	/**
	 * Opens an account for someone who came with an invitation and makes them a member,
	 * both or neither.
	 * @throws org.tejido.site.Refused if the invitation or the account cannot be used
	 */
	@Transactional
	public Membership redeemAsNewcomer(String code, String email, String password, MemberInput input) {
		lock(code).checkOpen(Instant.now());
		Person person = this.people.register(email, accountName(email), password);
		return redeem(code, person, input);
	}

	/**
	 * The account's own name: the part of the e-mail address before the {@code @}, which
	 * the account already holds. The name the newcomer typed, maybe a pseudonym, is kept
	 * only in this collective, sealed, so that the accounts table says nothing more.
	 */
	static String accountName(String email) {
		String local = email.strip().replaceAll("@.*$", "").strip();
		return local.isEmpty() ? "-" : local.substring(0, Math.min(local.length(), 120));
	}

	private Invitation find(String code) {
		return this.invitations.findByCodeHash(hashOf(code)).orElseThrow(NotFound::new);
	}

	/**
	 * The invitation, locked until the end of the transaction: of two people redeeming
	 * the same code at once, the second waits and then finds it used.
	 */
	private Invitation lock(String code) {
		return this.invitations.lockByCodeHash(hashOf(code)).orElseThrow(NotFound::new);
	}

	private static String hashOf(String code) {
		if (InvitationCodes.normal(code).isEmpty()) {
			throw new NotFound();
		}
		return InvitationCodes.hash(code);
	}

}
