package org.tejido.library.contributions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.tejido.library.catalogue.CatalogueImport;
import org.tejido.library.catalogue.CatalogueRow;
import org.tejido.library.catalogue.Problem;
import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.RowCheck;
import org.tejido.library.catalogue.RowChecker;
import org.tejido.library.files.StoredFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.feedback.Feedback;
import org.tejido.library.needs.NeedBoard;
import org.tejido.site.NotFound;

/**
 * The curators' side: the queue of what waits, and decisions to publish (possibly after
 * editing) or reject with a reason. Every decision is recorded, and the submitter, when
 * they left an address, is told.
 */
@Service
public class Moderation {

	private final Contributions contributions;

	private final ModerationDecisions decisions;

	private final RowChecker checker;

	private final CatalogueImport catalogue;

	private final ContributionMail mail;

	private final NeedBoard needs;

	private final Feedback feedback;

	private final Resources resources;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	Moderation(Contributions contributions, ModerationDecisions decisions, RowChecker checker,
			CatalogueImport catalogue, ContributionMail mail, TransactionTemplate transactions, JsonMapper json,
			NeedBoard needs, Feedback feedback, Resources resources) {
		this.feedback = feedback;
		this.resources = resources;
		this.needs = needs;
		this.contributions = contributions;
		this.decisions = decisions;
		this.checker = checker;
		this.catalogue = catalogue;
		this.mail = mail;
		this.transactions = transactions;
		this.json = json;
	}

	public List<Contribution> pending() {
		return this.contributions.findByStatusOrderBySubmittedAt(Contribution.Status.PENDING);
	}

	public Contribution get(UUID id) {
		return this.contributions.findById(id).orElseThrow(NotFound::new);
	}

	public Map<String, String> fieldsOf(Contribution contribution) {
		return this.json.readValue(contribution.fieldsJson(), new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	public List<ModerationDecision> history(UUID id) {
		return this.decisions.findByContributionOrderByDecidedAt(id);
	}

	/**
	 * Publishes the contribution with the curator's edits; the problems, if the edits do
	 * not hold.
	 */
	public List<Problem> publish(UUID id, Map<String, String> edited, String curator) {
		List<Problem> problems = new ArrayList<>();
		String path = this.transactions.execute((status) -> {
			Contribution contribution = pendingOne(id);
			Map<String, String> fields = new LinkedHashMap<>(fieldsOf(contribution));
			Map<String, String> before = Map.copyOf(fields);
			edited.forEach((column, value) -> {
				if (Suggestion.columns(contribution.kind()).contains(column)) {
					fields.put(column, value);
				}
			});
			Published published = switch (contribution.kind()) {
				case RESOURCE, PRACTICE -> publishResource(contribution, fields, problems);
				case NEED -> publishNeed(fields, problems);
				case ANSWER -> publishAnswer(fields, problems);
				case COMMENT -> publishComment(fields, problems);
			};
			if (published == null) {
				return null;
			}
			contribution.published(this.json.writeValueAsString(fields), published.slug());
			this.decisions.save(new ModerationDecision(id, curator, this.clock.instant(), Contribution.Status.PUBLISHED,
					null, changes(before, fields)));
			return published.path();
		});
		if (path != null) {
			this.mail.tellPublished(get(id), titleOf(fieldsOf(get(id))), path);
		}
		return problems;
	}

	private @Nullable Published publishResource(Contribution contribution, Map<String, String> fields,
			List<Problem> problems) {
		RowCheck check = this.checker.check(new CatalogueRow(1, fields));
		if (!check.accepted()) {
			problems.addAll(check.problems());
			return null;
		}
		StoredFile file = contribution.file();
		Resource resource = this.catalogue.publishNew(Objects.requireNonNull(check.draft()),
				(file != null) ? List.of(file) : List.of());
		return new Published(resource.slug(), "/library/" + resource.slug());
	}

	private @Nullable Published publishNeed(Map<String, String> fields, List<Problem> problems) {
		problems.addAll(this.needs.checkNeed(fields));
		return problems.isEmpty() ? new Published(null, "/needs#need-" + this.needs.publishNeed(fields).id()) : null;
	}

	private @Nullable Published publishAnswer(Map<String, String> fields, List<Problem> problems) {
		problems.addAll(this.needs.checkAnswer(fields));
		if (!problems.isEmpty()) {
			return null;
		}
		this.needs.publishAnswer(fields);
		return new Published(null, "/needs#need-" + fields.get("need_id"));
	}

	/**
	 * How a contribution is named to its submitter: its title, or the start of what it
	 * says.
	 */
	public static String titleOf(Map<String, String> fields) {
		String text = fields.getOrDefault("title", "");
		if (text.isBlank()) {
			text = fields.getOrDefault("description", fields.getOrDefault("link", fields.getOrDefault("body", "")));
		}
		return (text.length() > 80) ? text.substring(0, 79) + "…" : text;
	}

	private @Nullable Published publishComment(Map<String, String> fields, List<Problem> problems) {
		String slug = fields.getOrDefault("resource_slug", "");
		var resource = this.resources.findBySlug(slug);
		problems.addAll(this.feedback.checkComment(fields, resource.isPresent()));
		if (!problems.isEmpty() || resource.isEmpty()) {
			return null;
		}
		this.feedback.publishComment(resource.get().id().value(), fields);
		return new Published(null, "/library/" + slug);
	}

	/** Where a published contribution can now be read. */
	private record Published(@Nullable String slug, String path) {
	}

	public void reject(UUID id, String reason, String curator) {
		this.transactions.executeWithoutResult((status) -> {
			Contribution contribution = pendingOne(id);
			contribution.rejected();
			this.decisions.save(new ModerationDecision(id, curator, this.clock.instant(), Contribution.Status.REJECTED,
					reason.strip(), null));
		});
		this.mail.tellRejected(get(id), reason.strip());
	}

	private Contribution pendingOne(UUID id) {
		Contribution contribution = get(id);
		if (contribution.status() != Contribution.Status.PENDING) {
			throw new AlreadyDecided();
		}
		return contribution;
	}

	static @Nullable String changes(Map<String, String> before, Map<String, String> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((column, value) -> {
			String old = before.getOrDefault(column, "");
			if (!old.equals(value)) {
				changed.add(column + ": “" + old + "” → “" + value + "”");
			}
		});
		return changed.isEmpty() ? null : String.join("\n", changed);
	}

	/**
	 * The contribution was decided already (by another curator, or the same form sent
	 * twice).
	 */
	public static class AlreadyDecided extends RuntimeException {

		AlreadyDecided() {
			super("already decided", null, false, false);
		}

	}

}
