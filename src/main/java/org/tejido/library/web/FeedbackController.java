package org.tejido.library.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.tejido.library.ResourceLinks;
import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.contributions.Contribution.Kind;
import org.tejido.library.contributions.Intake;
import org.tejido.library.contributions.Suggestion;
import org.tejido.library.contributions.SuggestionIntake;
import org.tejido.library.feedback.Feedback;
import org.tejido.site.FormStamp;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * "Was this useful to your community?" in one click, and comments, which go to the
 * moderation queue. Voting needs no account and no cookie; only totals are kept.
 */
@Controller
class FeedbackController {

	private final Feedback feedback;

	private final Resources resources;

	private final SuggestionIntake intake;

	private final FormStamp stamps;

	private final ResourceLinks links;

	FeedbackController(Feedback feedback, Resources resources, SuggestionIntake intake, FormStamp stamps,
			ResourceLinks links) {
		this.links = links;
		this.feedback = feedback;
		this.resources = resources;
		this.intake = intake;
		this.stamps = stamps;
	}

	@PostMapping("/{lang}/library/{slug}/useful")
	String vote(Page page, @PathVariable String slug, @RequestParam(defaultValue = "") String useful,
			HttpServletRequest request) {
		Resource resource = this.resources.findBySlug(slug).orElseThrow(NotFound::new);
		boolean counted = ("yes".equals(useful) || "no".equals(useful))
				&& this.feedback.vote(resource.id().value(), "yes".equals(useful), request.getRemoteAddr());
		return "redirect:" + page.href("/library/" + slug + (counted ? "?voted" : "?not-counted"));
	}

	@GetMapping("/{lang}/library/{slug}/comment")
	String form(Page page, @PathVariable String slug, CsrfToken csrf, Model model) {
		return show(page, resource(slug, page), csrf, model, Map.of(), List.of(), null);
	}

	@PostMapping("/{lang}/library/{slug}/comment")
	String comment(Page page, @PathVariable String slug, @RequestParam MultiValueMap<String, String> params,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ResourceCard card = resource(slug, page);
		Map<String, String> fields = ResourceForm.fieldsFrom(params, Kind.COMMENT);
		fields.put("resource_slug", slug);
		Intake outcome = this.intake.take(new Suggestion(Kind.COMMENT, fields, null, "", params.getFirst("website"),
				String.valueOf(params.getFirst("stamp"))), page.lang().code(), request.getRemoteAddr());
		if (outcome instanceof Intake.Accepted) {
			return "redirect:" + page.href("/library/" + slug + "?commented");
		}
		response.setStatus((outcome instanceof Intake.Throttled) ? 429 : 422);
		List<String> problems = (outcome instanceof Intake.Invalid invalid)
				? ResourceForm.messages(invalid.problems(), page) : List.of();
		String notice = switch (outcome) {
			case Intake.Refused refused -> refused.messageKey();
			case Intake.Throttled throttled -> "suggest.throttled";
			default -> null;
		};
		return show(page, card, csrf, model, fields, problems, notice);
	}

	private ResourceCard resource(String slug, Page page) {
		ResourceLinks.ResourceLink link = this.links.find(slug, page.lang().code()).orElseThrow(NotFound::new);
		return new ResourceCard(slug, new Resource.Localized(link.title(), page.lang().code(), false), null, "", null,
				null, "");
	}

	private String show(Page page, ResourceCard resource, CsrfToken csrf, Model model, Map<String, String> fields,
			List<String> problems, @Nullable String notice) {
		model.addAttribute("page", page);
		model.addAttribute("resource", resource);
		model.addAttribute("csrf", csrf);
		model.addAttribute("fields", new LinkedHashMap<>(fields));
		model.addAttribute("problems", problems);
		model.addAttribute("notice", notice);
		model.addAttribute("stamp", this.stamps.issue());
		return "library/comment";
	}

}
