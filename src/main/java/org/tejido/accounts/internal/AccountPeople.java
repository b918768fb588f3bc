package org.tejido.accounts.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.http.HttpStatus;

import org.tejido.accounts.People;
import org.tejido.accounts.Person;
import org.tejido.accounts.Role;
import org.tejido.site.Refused;

@Component
class AccountPeople implements People {

	private final Accounts accounts;

	private final AccountRegistry registry;

	AccountPeople(Accounts accounts, AccountRegistry registry) {
		this.accounts = accounts;
		this.registry = registry;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Person> signedInAs(String principalName) {
		return this.accounts.findByEmail(principalName).map(AccountPeople::person);
	}

	@Override
	@Transactional
	public Person register(String email, String displayName, String password) {
		try {
			return person(this.registry.open(email, displayName, password, Role.CONTRIBUTOR));
		}
		catch (AccountRefused refused) {
			throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageKey());
		}
	}

	private static Person person(Account account) {
		return new Person(account.id(), account.email(), account.displayName(), account.hasTwoFactor());
	}

}
