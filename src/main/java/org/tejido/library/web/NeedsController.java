package org.tejido.library.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.library.catalogue.Problem;
import org.tejido.library.catalogue.Vocabularies;
import org.tejido.library.contributions.Contribution.Kind;
import org.tejido.library.contributions.Intake;
import org.tejido.library.contributions.Suggestion;
import org.tejido.library.contributions.SuggestionIntake;
import org.tejido.library.needs.Need;
import org.tejido.library.needs.NeedBoard;
import org.tejido.site.FormStamp;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * "What is needed": the public board of needs with their answers, the forms to post a
 * need or answer one (both moderated), and curators marking a need met.
 */
@Controller
class NeedsController {

	private final NeedBoard board;

	private final SuggestionIntake intake;

	private final FormStamp stamps;

	private final Labels labels;

	private final Vocabularies vocabularies;

	NeedsController(NeedBoard board, SuggestionIntake intake, FormStamp stamps, Labels labels,
			Vocabularies vocabularies) {
		this.board = board;
		this.intake = intake;
		this.stamps = stamps;
		this.labels = labels;
		this.vocabularies = vocabularies;
	}

	@GetMapping("/{lang}/needs")
	String board(Page page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("open", views(this.board.open(), page));
		model.addAttribute("met", views(this.board.met(), page));
		return "library/needs";
	}

	@GetMapping("/{lang}/needs/new")
	String newNeed(Page page, CsrfToken csrf, Model model) {
		return needForm(page, csrf, model, Map.of("need_language", page.lang().code()), List.of(), null);
	}

	@PostMapping("/{lang}/needs/new")
	String postNeed(Page page, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, String> fields = ResourceForm.fieldsFrom(params, Kind.NEED);
		Intake outcome = take(Kind.NEED, fields, params, page, request);
		if (outcome instanceof Intake.Accepted) {
			return "redirect:" + page.href("/needs/thanks");
		}
		response.setStatus((outcome instanceof Intake.Throttled) ? 429 : 422);
		return needForm(page, csrf, model, fields, problemsOf(outcome), noticeOf(outcome));
	}

	@GetMapping("/{lang}/needs/{id}/answer")
	String answer(Page page, @PathVariable String id, CsrfToken csrf, Model model) {
		return answerForm(page, csrf, model, openNeed(id), Map.of(), List.of(), null);
	}

	@PostMapping("/{lang}/needs/{id}/answer")
	String postAnswer(Page page, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Need need = openNeed(id);
		Map<String, String> fields = ResourceForm.fieldsFrom(params, Kind.ANSWER);
		fields.put("need_id", need.id().toString());
		Intake outcome = take(Kind.ANSWER, fields, params, page, request);
		if (outcome instanceof Intake.Accepted) {
			return "redirect:" + page.href("/needs/thanks");
		}
		response.setStatus((outcome instanceof Intake.Throttled) ? 429 : 422);
		return answerForm(page, csrf, model, need, fields, problemsOf(outcome), noticeOf(outcome));
	}

	@GetMapping("/{lang}/needs/thanks")
	String thanks(Page page, Model model) {
		model.addAttribute("page", page);
		return "library/needs-thanks";
	}

	@PostMapping("/{lang}/curate/needs/{id}/met")
	String met(Page page, @PathVariable String id) {
		this.board.markMet(uuid(id));
		return "redirect:" + page.href("/needs");
	}

	private Intake take(Kind kind, Map<String, String> fields, MultiValueMap<String, String> params, Page page,
			HttpServletRequest request) throws IOException {
		String contact = String
			.valueOf(params.getFirst("contact_email") == null ? "" : params.getFirst("contact_email"));
		return this.intake.take(new Suggestion(kind, fields, null, contact, params.getFirst("website"),
				String.valueOf(params.getFirst("stamp"))), page.lang().code(), request.getRemoteAddr());
	}

	private List<NeedView> views(List<Need> needs, Page page) {
		String lang = page.lang().code();
		return needs.stream()
			.map((need) -> new NeedView(need.id().toString(), page.t("need.kind." + need.kind()), need.description(),
					this.labels.of("language", need.language(), lang), this.labels.of("area", need.area(), lang),
					need.postedBy(), need.answers()))
			.toList();
	}

	private String needForm(Page page, CsrfToken csrf, Model model, Map<String, String> fields, List<Problem> problems,
			@Nullable String notice) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("fields", new LinkedHashMap<>(fields));
		model.addAttribute("kinds", Need.KINDS);
		model.addAttribute("areas", this.vocabularies.terms(Vocabularies.AREA));
		model.addAttribute("problems", ResourceForm.messages(problems, page));
		model.addAttribute("notice", notice);
		model.addAttribute("stamp", this.stamps.issue());
		return "library/need-form";
	}

	private String answerForm(Page page, CsrfToken csrf, Model model, Need need, Map<String, String> fields,
			List<Problem> problems, @Nullable String notice) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("need", views(List.of(need), page).get(0));
		model.addAttribute("fields", new LinkedHashMap<>(fields));
		model.addAttribute("problems", ResourceForm.messages(problems, page));
		model.addAttribute("notice", notice);
		model.addAttribute("stamp", this.stamps.issue());
		return "library/answer-form";
	}

	private Need openNeed(String id) {
		Need need = this.board.find(uuid(id));
		if (need.isMet()) {
			throw new NotFound();
		}
		return need;
	}

	private static List<Problem> problemsOf(Intake outcome) {
		return (outcome instanceof Intake.Invalid invalid) ? invalid.problems() : List.of();
	}

	private static @Nullable String noticeOf(Intake outcome) {
		return switch (outcome) {
			case Intake.Refused refused -> refused.messageKey();
			case Intake.Throttled throttled -> "suggest.throttled";
			default -> null;
		};
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
	}

}
