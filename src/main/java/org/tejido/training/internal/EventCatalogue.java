package org.tejido.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.ResourceLinks;
import org.tejido.site.EmailAddresses;
import org.tejido.site.NotFound;
import org.tejido.site.Slugs;

/**
 * Trainings and webinars: organisers create them, readers list them and register.
 * Registration is safe against a full room: the event is locked while its seats are
 * counted.
 */
@Service
public class EventCatalogue {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,24}");

	private final TrainingEvents events;

	private final Registrations registrations;

	private final ResourceLinks library;

	private final Clock clock = Clock.systemUTC();

	EventCatalogue(TrainingEvents events, Registrations registrations, ResourceLinks library) {
		this.events = events;
		this.registrations = registrations;
		this.library = library;
	}

	/** Creates an event from the organiser's form, or says what is wrong with it. */
	@Transactional
	public Created create(Map<String, String> fields) {
		EventChecks checks = new EventChecks(fields, this.library);
		EventDraft draft = checks.draft();
		if (draft == null) {
			return new Created(null, checks.problems());
		}
		return new Created(
				this.events.save(new TrainingEvent(freeSlug(Slugs.of(draft.title())), draft, this.clock.instant())),
				List.of());
	}

	@Transactional(readOnly = true)
	public List<TrainingEvent> upcoming() {
		return loaded(this.events.findByEndsAtGreaterThanEqualOrderByStartsAt(this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<TrainingEvent> past() {
		return loaded(this.events.findByEndsAtLessThanOrderByStartsAtDesc(this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public TrainingEvent find(String slug) {
		return this.events.findBySlug(slug).map(EventCatalogue::load).orElseThrow(NotFound::new);
	}

	@Transactional(readOnly = true)
	public long registered(TrainingEvent event) {
		return this.registrations.countByEvent(event.id());
	}

	@Transactional(readOnly = true)
	public List<Registration> registrationsOf(TrainingEvent event) {
		return this.registrations.findByEventOrderByRegisteredAt(event.id());
	}

	public boolean isPast(TrainingEvent event) {
		return event.isPast(this.clock.instant());
	}

	/** Registers someone, or says why not; the same form sent twice registers once. */
	@Transactional
	public Optional<FieldProblem> register(String slug, String name, @Nullable String contact, String formNonce) {
		TrainingEvent event = this.events.findBySlug(slug).orElseThrow(NotFound::new);
		TrainingEvent locked = this.events.lockById(event.id()).orElseThrow(NotFound::new);
		if (!locked.takesRegistrations() || locked.isPast(this.clock.instant())) {
			return Optional.of(FieldProblem.of("event", "event.no-registration"));
		}
		String cleanName = name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 120) {
			return Optional.of(FieldProblem.of("name", "import.required"));
		}
		String reach = (contact == null) ? "" : contact.strip();
		if (reach.isEmpty() || !(EmailAddresses.isPlausible(reach) || PHONE.matcher(reach).matches())) {
			return Optional.of(FieldProblem.of("contact", "event.bad-contact"));
		}
		if (this.registrations.existsByFormNonce(formNonce)) {
			return Optional.empty();
		}
		if (locked.capacity() != null && this.registrations.countByEvent(locked.id()) >= locked.capacity()) {
			return Optional.of(FieldProblem.of("event", "event.full"));
		}
		this.registrations.save(new Registration(locked.id(), cleanName, reach, this.clock.instant(), formNonce));
		return Optional.empty();
	}

	private String freeSlug(String wanted) {
		String base = wanted.isEmpty() ? "event" : wanted;
		String slug = base;
		for (int n = 2; this.events.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static List<TrainingEvent> loaded(List<TrainingEvent> events) {
		events.forEach(EventCatalogue::load);
		return events;
	}

	private static TrainingEvent load(TrainingEvent event) {
		event.languages();
		event.resources();
		return event;
	}

	/** A new event, or the problems that stopped it. */
	public record Created(@Nullable TrainingEvent event, List<FieldProblem> problems) {
	}

}
