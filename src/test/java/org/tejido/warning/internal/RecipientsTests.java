package org.tejido.warning.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tejido.collectives.CollectivePeople.Person;
import org.tejido.collectives.CollectiveRole;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTests {

	private final UUID women = UUID.randomUUID();

	private final Person ana = person("Ana", CollectiveRole.COORDINATOR, Set.of());

	private final Person rosa = person("Rosa", CollectiveRole.MEMBER, Set.of(this.women));

	private final Person lawyer = person("Lawyer", CollectiveRole.ALLY, Set.of(this.women));

	private final List<Person> everyone = List.of(this.ana, this.rosa, this.lawyer);

	@Test
	void targetsNameRolesGroupsAndSinglePeopleEachOnce() {
		assertThat(Recipients.of(List.of("members"), this.everyone)).containsExactly(this.ana, this.rosa);
		assertThat(Recipients.of(List.of("allies"), this.everyone)).containsExactly(this.lawyer);
		assertThat(Recipients.of(List.of("coordinators"), this.everyone)).containsExactly(this.ana);
		assertThat(Recipients.of(List.of("group:" + this.women, "members"), this.everyone)).containsExactly(this.rosa,
				this.lawyer, this.ana);
		assertThat(Recipients.of(List.of("member:" + this.lawyer.member()), this.everyone))
			.containsExactly(this.lawyer);
		assertThat(Recipients.of(List.of("group:not-an-id", "nobody"), this.everyone)).isEmpty();
	}

	private static Person person(String name, CollectiveRole role, Set<UUID> groups) {
		return new Person(UUID.randomUUID(), name, role, "+573001234567", "", "es", groups);
	}

}
