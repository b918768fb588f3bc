package org.tejido.collectives.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveContacts;
import org.tejido.collectives.Membership;

@Component
class PhoneBook implements CollectiveContacts {

	private final Members members;

	private final Seals seals;

	PhoneBook(Members members, Seals seals) {
		this.members = members;
		this.seals = seals;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Membership> reachableAt(String phone) {
		String number;
		try {
			number = PhoneNumbers.e164(phone);
		}
		catch (Invalid invalid) {
			return List.of();
		}
		return this.members.findByPhoneIndex(this.seals.of(number))
			.stream()
			.map((member) -> new Membership(member.collectiveId(), member.id(), member.role()))
			.toList();
	}

}
