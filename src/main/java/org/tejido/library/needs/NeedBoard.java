package org.tejido.library.needs;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.library.catalogue.Problem;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.site.NotFound;

/**
 * The needs collectives made public, their answers, and the checks that posting or
 * answering must pass before a curator sees them.
 */
@Service
public class NeedBoard {

	/** The fields of a need, in the order the form shows them. */
	public static final List<String> NEED_FIELDS = List.of("need_kind", "description", "need_language", "need_area",
			"posted_by");

	/** The fields of an answer. */
	public static final List<String> ANSWER_FIELDS = List.of("need_id", "link", "note");

	private final Needs needs;

	private final Vocabularies vocabularies;

	private final Clock clock = Clock.systemUTC();

	NeedBoard(Needs needs, Vocabularies vocabularies) {
		this.needs = needs;
		this.vocabularies = vocabularies;
	}

	@Transactional(readOnly = true)
	public List<Need> open() {
		return this.needs.findByMetOrderByPostedAtDesc(false);
	}

	@Transactional(readOnly = true)
	public List<Need> met() {
		return this.needs.findByMetOrderByPostedAtDesc(true);
	}

	@Transactional(readOnly = true)
	public Need find(UUID id) {
		Need need = this.needs.findById(id).orElseThrow(NotFound::new);
		need.answers();
		return need;
	}

	public List<Problem> checkNeed(Map<String, String> fields) {
		List<Problem> problems = new ArrayList<>();
		if (!Need.KINDS.contains(fields.getOrDefault("need_kind", ""))) {
			problems.add(new Problem("need_kind", "import.required", List.of()));
		}
		String description = fields.getOrDefault("description", "").strip();
		if (description.isEmpty() || description.length() > 2000) {
			problems.add(new Problem("description", "need.description-required", List.of()));
		}
		if (!this.vocabularies.isLanguage(fields.getOrDefault("need_language", ""))) {
			problems.add(new Problem("need_language", "import.required", List.of()));
		}
		if (!this.vocabularies.isKnown(Vocabularies.AREA, fields.getOrDefault("need_area", ""))) {
			problems.add(new Problem("need_area", "import.required", List.of()));
		}
		if (fields.getOrDefault("posted_by", "").length() > 200) {
			problems.add(new Problem("posted_by", "import.too-long", List.of(200)));
		}
		return problems;
	}

	public List<Problem> checkAnswer(Map<String, String> fields) {
		List<Problem> problems = new ArrayList<>();
		UUID needId = uuidOrNull(fields.getOrDefault("need_id", ""));
		if (needId == null || this.needs.findById(needId).filter((need) -> !need.isMet()).isEmpty()) {
			problems.add(new Problem("need_id", "need.not-open", List.of()));
		}
		String link = fields.getOrDefault("link", "").strip();
		if (!isLink(link)) {
			problems.add(new Problem("link", "need.bad-link", List.of(link)));
		}
		if (fields.getOrDefault("note", "").length() > 500) {
			problems.add(new Problem("note", "import.too-long", List.of(500)));
		}
		return problems;
	}

	@Transactional
	public Need publishNeed(Map<String, String> fields) {
		String postedBy = fields.getOrDefault("posted_by", "").strip();
		return this.needs
			.save(new Need(fields.get("need_kind"), fields.get("description").strip(), fields.get("need_language"),
					fields.get("need_area"), postedBy.isEmpty() ? null : postedBy, this.clock.instant()));
	}

	@Transactional
	public void publishAnswer(Map<String, String> fields) {
		Need need = this.needs.findById(UUID.fromString(fields.get("need_id"))).orElseThrow(NotFound::new);
		String note = fields.getOrDefault("note", "").strip();
		need.answer(fields.get("link").strip(), note.isEmpty() ? null : note, this.clock.instant());
	}

	@Transactional
	public void markMet(UUID id) {
		this.needs.findById(id).orElseThrow(NotFound::new).markMet();
	}

	/** A link inside Tejido (starting with {@code /}) or a web address. */
	static boolean isLink(String link) {
		if (link.matches("/[a-z]{2}/(library|events)/[a-z0-9-]+")) {
			return true;
		}
		try {
			URI uri = new URI(link);
			return uri.getHost() != null && Set.of("http", "https").contains(String.valueOf(uri.getScheme()))
					&& link.length() <= 1000;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable UUID uuidOrNull(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
