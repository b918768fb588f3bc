package org.tejido.library.needs;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a need: a link to a resource, a training or another place that can help.
 */
@Entity
@Table(name = "need_answer")
public class NeedAnswer {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "need_id")
	private Need need;

	private String link;

	private @Nullable String note;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@SuppressWarnings("NullAway.Init")
	protected NeedAnswer() {
	}

	NeedAnswer(Need need, String link, @Nullable String note, Instant now) {
		this.id = UUID.randomUUID();
		this.need = need;
		this.link = link;
		this.note = note;
		this.answeredAt = now;
	}

	public String link() {
		return this.link;
	}

	public @Nullable String note() {
		return this.note;
	}

	public Instant answeredAt() {
		return this.answeredAt;
	}

}
