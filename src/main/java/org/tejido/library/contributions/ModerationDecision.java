package org.tejido.library.contributions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A curator's decision on a contribution, kept for good: who, when, what, and what they
 * changed before publishing.
 */
@Entity
@Table(name = "moderation_decision")
public class ModerationDecision {

	@Id
	private UUID id;

	@Column(name = "contribution_id")
	private UUID contribution;

	private String curator;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String decision;

	private @Nullable String reason;

	private @Nullable String changes;

	@SuppressWarnings("NullAway.Init")
	protected ModerationDecision() {
	}

	ModerationDecision(UUID contribution, String curator, Instant decidedAt, Contribution.Status decision,
			@Nullable String reason, @Nullable String changes) {
		this.id = UUID.randomUUID();
		this.contribution = contribution;
		this.curator = curator;
		this.decidedAt = decidedAt;
		this.decision = decision.name();
		this.reason = reason;
		this.changes = changes;
	}

	public String curator() {
		return this.curator;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public String decision() {
		return this.decision;
	}

	public @Nullable String reason() {
		return this.reason;
	}

	public @Nullable String changes() {
		return this.changes;
	}

}
