package org.tejido.library.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.catalogue.Problem;
import org.tejido.site.RateLimiter;

/**
 * Readers' votes and comments on resources. A vote only adds to a total; the same client
 * can vote once a day per resource, which is remembered in memory only.
 */
@Service
public class Feedback {

	/** The fields of a comment. */
	public static final List<String> COMMENT_FIELDS = List.of("resource_slug", "author", "body");

	private final JdbcClient jdbc;

	private final RateLimiter votes;

	private final Clock clock = Clock.systemUTC();

	Feedback(JdbcClient jdbc, @Value("${tejido.library.votes-per-client-per-resource-per-day:1}") int votesPerDay) {
		this.jdbc = jdbc;
		this.votes = new RateLimiter(votesPerDay, Duration.ofDays(1));
	}

	/**
	 * Counts a vote unless this client already voted on this resource today; says whether
	 * it counted.
	 */
	@Transactional
	public boolean vote(UUID resource, boolean useful, String client) {
		if (!this.votes.tryAcquire(client + " " + resource)) {
			return false;
		}
		String column = useful ? "useful" : "not_useful";
		int updated = this.jdbc
			.sql("update resource_feedback set " + column + " = " + column + " + 1 where resource_id = ?")
			.param(resource)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("insert into resource_feedback (resource_id, useful, not_useful) values (?, ?, ?)")
					.params(resource, useful ? 1 : 0, useful ? 0 : 1)
					.update();
			}
			catch (DuplicateKeyException racedWithAnotherVote) {
				this.jdbc.sql("update resource_feedback set " + column + " = " + column + " + 1 where resource_id = ?")
					.param(resource)
					.update();
			}
		}
		return true;
	}

	public Totals totals(UUID resource) {
		return this.jdbc.sql("select useful, not_useful from resource_feedback where resource_id = ?")
			.param(resource)
			.query((row, n) -> new Totals(row.getInt(1), row.getInt(2)))
			.optional()
			.orElse(new Totals(0, 0));
	}

	public List<Comment> comments(UUID resource) {
		return this.jdbc
			.sql("select author, body, published_at from resource_comment where resource_id = ? order by published_at")
			.param(resource)
			.query((row, n) -> new Comment(row.getString(1), row.getString(2),
					row.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	public List<Problem> checkComment(Map<String, String> fields, boolean resourceExists) {
		List<Problem> problems = new ArrayList<>();
		if (!resourceExists) {
			problems.add(new Problem("resource_slug", "import.required", List.of()));
		}
		String body = fields.getOrDefault("body", "").strip();
		if (body.isEmpty() || body.length() > 2000) {
			problems.add(new Problem("body", "comment.body-required", List.of()));
		}
		if (fields.getOrDefault("author", "").length() > 120) {
			problems.add(new Problem("author", "import.too-long", List.of(120)));
		}
		return problems;
	}

	@Transactional
	public void publishComment(UUID resource, Map<String, String> fields) {
		String author = fields.getOrDefault("author", "").strip();
		this.jdbc
			.sql("insert into resource_comment (id, resource_id, author, body, published_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), resource, author.isEmpty() ? null : author, fields.get("body").strip(),
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** How many readers found a resource useful, or not. */
	public record Totals(int useful, int notUseful) {
	}

	/** A published comment. */
	public record Comment(@Nullable String author, String body, Instant publishedAt) {
	}

}
