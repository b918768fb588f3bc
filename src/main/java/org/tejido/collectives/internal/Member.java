package org.tejido.collectives.internal;

import org.tejido.collectives.Sealed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.tejido.collectives.CollectiveRole;

/**
 * A person in a collective: with a sign-in account, or only a contact reachable by SMS or
 * e-mail. Name, contacts, attributes and notes are sealed; the phone number and e-mail
 * address also have a keyed hash for lookups.
 */
@Entity
@Table(name = "collective_member")
class Member {

	@Id
	private UUID id;

	@Column(name = "collective_id")
	private UUID collectiveId;

	@Column(name = "account_index")
	private @Nullable String accountIndex;

	@Enumerated(EnumType.STRING)
	private CollectiveRole role;

	@Column(name = "sealed_name")
	private byte[] sealedName;

	@Column(name = "sealed_phone")
	private byte @Nullable [] sealedPhone;

	@Column(name = "phone_index")
	private @Nullable String phoneIndex;

	@Column(name = "sealed_email")
	private byte @Nullable [] sealedEmail;

	@Column(name = "email_index")
	private @Nullable String emailIndex;

	private String lang;

	@Column(name = "sealed_attributes")
	private byte @Nullable [] sealedAttributes;

	@Column(name = "sealed_notes")
	private byte @Nullable [] sealedNotes;

	@Column(name = "joined_at")
	private Instant joinedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Member() {
	}

	Member(UUID collectiveId, @Nullable String accountIndex, CollectiveRole role, Instant now) {
		this.id = UUID.randomUUID();
		this.collectiveId = collectiveId;
		this.accountIndex = accountIndex;
		this.role = role;
		this.joinedAt = now;
		this.sealedName = new byte[0];
		this.lang = "en";
	}

	UUID id() {
		return this.id;
	}

	UUID collectiveId() {
		return this.collectiveId;
	}

	boolean hasAccount() {
		return this.accountIndex != null;
	}

	CollectiveRole role() {
		return this.role;
	}

	Instant joinedAt() {
		return this.joinedAt;
	}

	void changeRole(CollectiveRole role) {
		this.role = role;
	}

	void describe(Sealed sealed, MemberDetails details, Indexes indexes) {
		this.sealedName = java.util.Objects.requireNonNull(sealed.seal("member.name", details.name()));
		this.sealedPhone = sealed.seal("member.phone", details.phone());
		this.phoneIndex = indexes.of(details.phone());
		this.sealedEmail = sealed.seal("member.email", details.email());
		this.emailIndex = indexes.of(details.email());
		this.lang = details.lang();
		this.sealedAttributes = sealed.seal("member.attributes", MemberDetails.joined(details.attributes()));
		this.sealedNotes = sealed.seal("member.notes", details.notes());
	}

	MemberDetails details(Sealed sealed) {
		return new MemberDetails(sealed.open("member.name", this.sealedName),
				sealed.open("member.phone", this.sealedPhone), sealed.open("member.email", this.sealedEmail), this.lang,
				MemberDetails.split(sealed.open("member.attributes", this.sealedAttributes)),
				sealed.open("member.notes", this.sealedNotes));
	}

	String name(Sealed sealed) {
		return sealed.open("member.name", this.sealedName);
	}

	/** Keyed hashes of contacts, for equality lookups. */
	interface Indexes {

		@Nullable String of(String value);

	}

}
