package org.tejido.risk.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tejido.collectives.CollectivePeople.Person;

/**
 * An assessment's protection plan as a reader sees it: its measures, the names of the
 * people responsible, and what each threat or vulnerability it may answer is called.
 *
 * @param answerable every {@code threat:<id>} and {@code vulnerability:<id>} of the
 * latest review, in the review's order, with its label
 * @param people the collective's people who may be made responsible, by name
 */
public record PlanView(AssessmentView assessment, List<MeasureShape> measures, Map<String, Answerable> answerable,
		List<Person> people) {

	/** The measures of one kind, in the order they were added. */
	public List<MeasureShape> of(MeasureKind kind) {
		return this.measures.stream().filter((measure) -> measure.kind() == kind).toList();
	}

	/** A responsible person's name, or nothing if they left the collective. */
	public String name(UUID member) {
		return this.people.stream()
			.filter((person) -> person.member().equals(member))
			.findFirst()
			.map(Person::name)
			.orElse("–");
	}

	/**
	 * What a measure answers, by the labels of the latest review (gone ones left out).
	 */
	public List<Answerable> answers(MeasureShape measure) {
		return measure.answers().stream().filter(this.answerable::containsKey).map(this.answerable::get).toList();
	}

	/** The people responsible for at least one open measure, with those measures. */
	public Map<Person, List<MeasureShape>> openByPerson() {
		Map<Person, List<MeasureShape>> byPerson = new java.util.LinkedHashMap<>();
		for (Person person : this.people) {
			List<MeasureShape> own = this.measures.stream()
				.filter((measure) -> measure.status().isOpen() && measure.isResponsible(person.member()))
				.toList();
			if (!own.isEmpty()) {
				byPerson.put(person, own);
			}
		}
		return byPerson;
	}

	/**
	 * A threat or vulnerability a measure can answer.
	 *
	 * @param code {@code threat:<id>} or {@code vulnerability:<id>}
	 * @param threat whether it is a threat
	 * @param label its title or text
	 * @param band the threat's risk band, or empty for a vulnerability
	 * @param under the threat it belongs to, or empty for the whole collective's
	 */
	public record Answerable(String code, boolean threat, String label, String band, String under) {
	}

}
