package org.tejido.territory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A patrol as typed into the form, before it is checked.
 *
 * @param walkedOn {@code yyyy-MM-dd}
 * @param team ids of members of the collective
 * @param route coordinates {@code latitude, longitude}, one pair per line, or empty
 */
public record PatrolInput(String name, String walkedOn, List<String> team, String route, String notes) {

	public static PatrolInput empty() {
		return new PatrolInput("", LocalDate.now().toString(), List.of(), "", "");
	}

	/**
	 * @param member whether an id names a member of the collective
	 * @throws Invalid naming the first problem
	 */
	public PatrolPlan checked(Predicate<UUID> member) {
		String checkedName = this.name.strip();
		if (checkedName.isEmpty()) {
			throw new Invalid("territory.patrol.name-missing");
		}
		if (checkedName.length() > PatrolPlan.MAX_NAME || this.notes.strip().length() > PatrolPlan.MAX_NOTES) {
			throw new Invalid("territory.obs.too-long");
		}
		return new PatrolPlan(checkedName, day(), team(member), Routes.typed(this.route), this.notes.strip());
	}

	private LocalDate day() {
		try {
			LocalDate day = LocalDate.parse(this.walkedOn.strip());
			if (day.isAfter(LocalDate.now().plusDays(366)) || day.getYear() < 1970) {
				throw new Invalid("territory.patrol.day-invalid");
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("territory.patrol.day-invalid");
		}
	}

	private Set<UUID> team(Predicate<UUID> member) {
		Set<UUID> checked = new LinkedHashSet<>();
		for (String id : this.team) {
			try {
				UUID parsed = UUID.fromString(id.strip());
				if (!member.test(parsed)) {
					throw new Invalid("territory.patrol.team-unknown");
				}
				checked.add(parsed);
			}
			catch (IllegalArgumentException ex) {
				throw new Invalid("territory.patrol.team-unknown");
			}
		}
		return checked;
	}

}
