package org.tejido.accounts.internal;

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

import org.tejido.accounts.Role;

/**
 * A person who signs in. Nothing about where they sign in from is kept.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	private UUID id;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "totp_secret")
	private @Nullable String totpSecret;

	@Column(name = "totp_confirmed")
	private boolean totpConfirmed;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Role role, Instant now) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public Role role() {
		return this.role;
	}

	public boolean hasTwoFactor() {
		return this.totpConfirmed && this.totpSecret != null;
	}

	public @Nullable String totpSecret() {
		return this.totpSecret;
	}

	void startTwoFactorEnrolment(String secret) {
		this.totpSecret = secret;
		this.totpConfirmed = false;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void confirmTwoFactor() {
		this.totpConfirmed = true;
	}

}
