package org.tejido.library.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.library.catalogue.Vocabularies;
import org.tejido.site.Lang;
import org.tejido.site.NotFound;
import org.tejido.site.Page;
import org.tejido.site.Slugs;

/**
 * Curators manage the controlled vocabularies: the labels of every term in the five
 * languages, and new terms. Codes never change once published, so there is no renaming.
 */
@Controller
class VocabulariesController {

	static final List<String> EDITABLE = List.of(Vocabularies.TYPE, Vocabularies.AREA_GROUP, Vocabularies.AREA,
			Vocabularies.REGION, Vocabularies.NEED, Vocabularies.CRITERION);

	private final Vocabularies vocabularies;

	VocabulariesController(Vocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	@GetMapping("/{lang}/curate/vocabularies")
	String all(Page page, CsrfToken csrf, Model model, HttpServletResponse response) {
		return show(page, csrf, model, List.of(), response);
	}

	@PostMapping("/{lang}/curate/vocabularies/{vocabulary}")
	String relabel(Page page, @PathVariable String vocabulary, @RequestParam MultiValueMap<String, String> params,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		requireEditable(vocabulary);
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		this.vocabularies.terms(vocabulary).forEach((term) -> {
			for (String lang : Lang.codes()) {
				String label = params.getFirst("label_" + term.code() + "_" + lang);
				if (label == null) {
					continue;
				}
				if (label.isBlank() || label.length() > 200) {
					problems.add(term.code() + " (" + lang + "): " + page.t("vocabulary.label-required"));
				}
				labels.computeIfAbsent(term.code(), (code) -> new LinkedHashMap<>()).put(lang, label.strip());
			}
		});
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(page, csrf, model, problems, response);
		}
		this.vocabularies.relabel(vocabulary, labels);
		return "redirect:" + page.href("/curate/vocabularies#" + vocabulary);
	}

	@PostMapping("/{lang}/curate/vocabularies/{vocabulary}/terms")
	String add(Page page, @PathVariable String vocabulary, @RequestParam MultiValueMap<String, String> params,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		requireEditable(vocabulary);
		String code = String.valueOf(params.getFirst("code")).strip();
		String grouping = params.getFirst("grouping");
		List<String> problems = new ArrayList<>();
		if (!Slugs.isValid(code) || code.length() > 64) {
			problems.add(page.t("vocabulary.bad-code", code));
		}
		else if (this.vocabularies.isKnown(vocabulary, code)) {
			problems.add(page.t("vocabulary.code-exists", code));
		}
		if (Vocabularies.AREA.equals(vocabulary)
				&& !this.vocabularies.isKnown(Vocabularies.AREA_GROUP, String.valueOf(grouping))) {
			problems.add(page.t("vocabulary.group-required"));
		}
		Map<String, String> labels = new LinkedHashMap<>();
		for (String lang : Lang.codes()) {
			String label = String
				.valueOf(params.getFirst("label_" + lang) == null ? "" : params.getFirst("label_" + lang))
				.strip();
			if (label.isEmpty() || label.length() > 200) {
				problems.add(lang + ": " + page.t("vocabulary.label-required"));
			}
			labels.put(lang, label);
		}
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(page, csrf, model, problems, response);
		}
		if (!this.vocabularies.add(vocabulary, code, Vocabularies.AREA.equals(vocabulary) ? grouping : null, labels)) {
			response.setStatus(422);
			return show(page, csrf, model, List.of(page.t("vocabulary.code-exists", code)), response);
		}
		return "redirect:" + page.href("/curate/vocabularies#" + vocabulary);
	}

	private String show(Page page, CsrfToken csrf, Model model, List<String> problems, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		Map<String, List<org.tejido.library.catalogue.Term>> terms = new LinkedHashMap<>();
		EDITABLE.forEach((vocabulary) -> terms.put(vocabulary, this.vocabularies.terms(vocabulary)));
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("terms", terms);
		model.addAttribute("languages", Lang.codes());
		model.addAttribute("problems", problems);
		return "library/curate-vocabularies";
	}

	private static void requireEditable(String vocabulary) {
		if (!EDITABLE.contains(vocabulary)) {
			throw new NotFound();
		}
	}

}
