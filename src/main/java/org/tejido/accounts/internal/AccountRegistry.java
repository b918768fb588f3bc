package org.tejido.accounts.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.accounts.Role;
import org.tejido.site.EmailAddresses;

/**
 * Opens accounts: checks the address, the name and the password, and keeps only the
 * password's Argon2id hash.
 */
@Service
public class AccountRegistry {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Clock clock = Clock.systemUTC();

	AccountRegistry(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
	}

	@Transactional
	public Account open(String email, String displayName, String password, Role role) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String name = displayName.strip();
		if (!EmailAddresses.isPlausible(address)) {
			throw new AccountRefused("account.bad-email");
		}
		if (name.isEmpty() || name.length() > 120) {
			throw new AccountRefused("account.bad-name");
		}
		this.policy.refusal(password, address, name).ifPresent((reason) -> {
			throw new AccountRefused(reason);
		});
		if (this.accounts.existsByEmail(address)) {
			throw new AccountRefused("account.exists");
		}
		return this.accounts
			.save(new Account(address, name, this.passwords.encode(password), role, this.clock.instant()));
	}

}
