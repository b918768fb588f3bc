package org.tejido.training.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SortNatural;
import org.jspecify.annotations.Nullable;

/**
 * A training or webinar: when (with the time zone it is organised in), how to take part,
 * for how many, and the library resources that go with it.
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent {

	@Id
	private UUID id;

	private String slug;

	private String title;

	private String description;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "time_zone")
	private String timeZone;

	@Enumerated(EnumType.STRING)
	private EventFormat format;

	private @Nullable String link;

	private @Nullable String place;

	private String organiser;

	private @Nullable Integer capacity;

	private boolean registration;

	@ElementCollection
	@CollectionTable(name = "training_event_language", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "code")
	@SortNatural
	private Set<String> languages = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "training_event_resource", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "slug")
	private List<String> resources = new ArrayList<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected TrainingEvent() {
	}

	TrainingEvent(String slug, EventDraft draft, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.title = draft.title();
		this.description = draft.description();
		this.startsAt = draft.startsAt();
		this.endsAt = draft.endsAt();
		this.timeZone = draft.timeZone().getId();
		this.format = draft.format();
		this.link = draft.link();
		this.place = draft.place();
		this.organiser = draft.organiser();
		this.capacity = draft.capacity();
		this.registration = draft.registration();
		this.languages.addAll(draft.languages());
		this.resources.addAll(draft.resources());
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public Instant endsAt() {
		return this.endsAt;
	}

	public ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	public EventFormat format() {
		return this.format;
	}

	public @Nullable String link() {
		return this.link;
	}

	public @Nullable String place() {
		return this.place;
	}

	public String organiser() {
		return this.organiser;
	}

	public @Nullable Integer capacity() {
		return this.capacity;
	}

	/**
	 * Whether people register to take part; open webinars need no registration at all.
	 */
	public boolean takesRegistrations() {
		return this.registration;
	}

	public List<String> languages() {
		return List.copyOf(this.languages);
	}

	public List<String> resources() {
		return List.copyOf(this.resources);
	}

	public boolean isPast(Instant now) {
		return this.endsAt.isBefore(now);
	}

}
