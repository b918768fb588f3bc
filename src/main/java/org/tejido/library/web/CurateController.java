package org.tejido.library.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.library.catalogue.Problem;
import org.tejido.library.contributions.Contribution;
import org.tejido.library.contributions.Moderation;
import org.tejido.library.needs.NeedBoard;
import org.tejido.site.NotFound;
import org.tejido.site.Page;
import org.tejido.site.Refused;

/**
 * The curators' moderation queue: what waits, one contribution with its private contact,
 * and the decision to publish it (after editing) or to reject it with a reason.
 */
@Controller
class CurateController {

	private final Moderation moderation;

	private final ResourceForm form;

	private final NeedBoard needs;

	CurateController(Moderation moderation, ResourceForm form, NeedBoard needs) {
		this.moderation = moderation;
		this.form = form;
		this.needs = needs;
	}

	@GetMapping("/{lang}/curate")
	String queue(Page page, CsrfToken csrf, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("openNeeds", this.needs.open());
		model.addAttribute("pending",
				this.moderation.pending()
					.stream()
					.map((contribution) -> new QueueItem(contribution.id().toString(),
							Moderation.titleOf(this.moderation.fieldsOf(contribution)), contribution.submittedAt()))
					.toList());
		return "library/curate-queue";
	}

	@GetMapping("/{lang}/curate/{id}")
	String one(Page page, @PathVariable String id, CsrfToken csrf, Model model, HttpServletResponse response) {
		Contribution contribution = this.moderation.get(uuid(id));
		return show(page, contribution, this.moderation.fieldsOf(contribution), List.of(), csrf, model, response);
	}

	@PostMapping("/{lang}/curate/{id}/publish")
	String publish(Page page, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			Principal curator, CsrfToken csrf, Model model, HttpServletResponse response) {
		Contribution contribution = this.moderation.get(uuid(id));
		var edited = ResourceForm.fieldsFrom(params, contribution.kind());
		List<Problem> problems = decided(() -> this.moderation.publish(contribution.id(), edited, curator.getName()));
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(page, contribution, edited, problems, csrf, model, response);
		}
		return "redirect:" + page.href("/curate");
	}

	@PostMapping("/{lang}/curate/{id}/reject")
	String reject(Page page, @PathVariable String id, @RequestParam(defaultValue = "") String reason,
			Principal curator) {
		if (reason.isBlank() || reason.length() > 2000) {
			throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, "curate.reason-required");
		}
		decided(() -> {
			this.moderation.reject(uuid(id), reason, curator.getName());
			return List.of();
		});
		return "redirect:" + page.href("/curate");
	}

	private String show(Page page, Contribution contribution, java.util.Map<String, String> fields,
			List<Problem> problems, CsrfToken csrf, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("contribution", contribution);
		model.addAttribute("form", this.form.of(new java.util.LinkedHashMap<>(fields), problems, page));
		model.addAttribute("history", this.moderation.history(contribution.id()));
		return "library/curate-item";
	}

	private static <T> T decided(java.util.function.Supplier<T> decision) {
		try {
			return decision.get();
		}
		catch (Moderation.AlreadyDecided already) {
			throw new Refused(HttpStatus.CONFLICT, "curate.already-decided");
		}
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
