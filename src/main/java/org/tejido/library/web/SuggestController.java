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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.tejido.library.catalogue.Problem;
import org.tejido.site.FormStamp;
import org.tejido.library.contributions.Contribution.Kind;
import org.tejido.library.contributions.Intake;
import org.tejido.library.contributions.Suggestion;
import org.tejido.library.contributions.SuggestionIntake;
import org.tejido.library.files.FileTooLarge;
import org.tejido.site.Page;

/**
 * "Suggest a resource": open to anyone, with or without an account, as a plain form.
 */
@Controller
class SuggestController {

	private final SuggestionIntake intake;

	private final FormStamp stamps;

	private final ResourceForm form;

	SuggestController(SuggestionIntake intake, FormStamp stamps, ResourceForm form) {
		this.intake = intake;
		this.stamps = stamps;
		this.form = form;
	}

	@GetMapping("/{lang}/library/suggest")
	String blank(Page page, CsrfToken csrf, Model model) {
		return show(Kind.RESOURCE, page, csrf, model, Map.of(), "", List.of(), null);
	}

	@GetMapping("/{lang}/library/practice")
	String blankPractice(Page page, CsrfToken csrf, Model model) {
		return show(Kind.PRACTICE, page, csrf, model, Map.of(), "", List.of(), null);
	}

	@PostMapping("/{lang}/library/suggest")
	String send(Page page, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, CsrfToken csrf, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		return take(Kind.RESOURCE, page, params, file, csrf, model, request, response);
	}

	@PostMapping("/{lang}/library/practice")
	String sendPractice(Page page, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		return take(Kind.PRACTICE, page, params, null, csrf, model, request, response);
	}

	private String take(Kind kind, Page page, MultiValueMap<String, String> params, @Nullable MultipartFile file,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, String> fields = ResourceForm.fieldsFrom(params, kind);
		String contact = String
			.valueOf(params.getFirst("contact_email") == null ? "" : params.getFirst("contact_email"));
		Suggestion.Upload upload = (file != null && !file.isEmpty())
				? new Suggestion.Upload(ResourceForm.safeName(file.getOriginalFilename()), file.getInputStream())
				: null;
		Suggestion suggestion = new Suggestion(kind, fields, upload, contact, params.getFirst("website"),
				String.valueOf(params.getFirst("stamp")));
		Intake outcome;
		try {
			outcome = this.intake.take(suggestion, page.lang().code(), request.getRemoteAddr());
		}
		catch (FileTooLarge tooLarge) {
			response.setStatus(413);
			return show(kind, page, csrf, model, fields, contact, List.of(), "suggest.too-large");
		}
		return switch (outcome) {
			case Intake.Accepted accepted -> "redirect:" + page.href("/library/suggest/thanks");
			case Intake.Invalid invalid -> {
				response.setStatus(422);
				yield show(kind, page, csrf, model, fields, contact, invalid.problems(), null);
			}
			case Intake.Refused refused -> {
				response.setStatus(422);
				yield show(kind, page, csrf, model, fields, contact, List.of(), refused.messageKey());
			}
			case Intake.Throttled throttled -> {
				response.setStatus(429);
				yield show(kind, page, csrf, model, fields, contact, List.of(), "suggest.throttled");
			}
		};
	}

	@GetMapping("/{lang}/library/suggest/thanks")
	String thanks(Page page, Model model) {
		model.addAttribute("page", page);
		return "library/suggest-thanks";
	}

	private String show(Kind kind, Page page, CsrfToken csrf, Model model, Map<String, String> fields, String contact,
			List<Problem> problems, @Nullable String notice) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("form", this.form.of(new LinkedHashMap<>(fields), problems, page));
		model.addAttribute("contact", contact);
		model.addAttribute("stamp", this.stamps.issue());
		model.addAttribute("notice", notice);
		return (kind == Kind.PRACTICE) ? "library/practice" : "library/suggest";
	}

}
