package org.tejido.library.needs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A need a collective made public, with the answers others gave.
 */
@Entity
@Table(name = "need")
public class Need {

	/** What kind of help is needed. */
	public static final List<String> KINDS = List.of("resource", "training", "equipment", "accompaniment");

	@Id
	private UUID id;

	private String kind;

	private String description;

	private String language;

	private String area;

	@Column(name = "posted_by")
	private @Nullable String postedBy;

	@Column(name = "posted_at")
	private Instant postedAt;

	private boolean met;

	@OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("answeredAt")
	private List<NeedAnswer> answers = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Need() {
	}

	Need(String kind, String description, String language, String area, @Nullable String postedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.description = description;
		this.language = language;
		this.area = area;
		this.postedBy = postedBy;
		this.postedAt = now;
	}

	void answer(String link, @Nullable String note, Instant now) {
		this.answers.add(new NeedAnswer(this, link, note, now));
	}

	void markMet() {
		this.met = true;
	}

	public UUID id() {
		return this.id;
	}

	public String kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	public String language() {
		return this.language;
	}

	public String area() {
		return this.area;
	}

	public @Nullable String postedBy() {
		return this.postedBy;
	}

	public Instant postedAt() {
		return this.postedAt;
	}

	public boolean isMet() {
		return this.met;
	}

	public List<NeedAnswer> answers() {
		return List.copyOf(this.answers);
	}

}
