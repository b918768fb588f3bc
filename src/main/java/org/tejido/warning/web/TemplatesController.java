package org.tejido.warning.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.Lang;
import org.tejido.site.Page;
import org.tejido.warning.internal.Invalid;
import org.tejido.warning.internal.Templates;
import org.tejido.warning.internal.Templates.Template;

/**
 * The collective's own wording of its alert messages, per language, with a preview of how
 * many SMS each takes once filled in.
 */
@Controller
class TemplatesController {

	private final WorkspacePages workspaces;

	private final Templates templates;

	TemplatesController(WorkspacePages workspaces, Templates templates) {
		this.workspaces = workspaces;
		this.templates = templates;
	}

	@GetMapping("/{lang}/c/{collective}/templates")
	String templates(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "in", defaultValue = "") String in, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return show(page, membership, Lang.fromCode(in).orElse(page.lang()), csrf, model, response, null, null);
	}

	@PostMapping("/{lang}/c/{collective}/templates")
	String save(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(name = "in", defaultValue = "") String in, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(name = "max_parts", defaultValue = "3") int maxParts, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Lang language = Lang.fromCode(in).orElse(page.lang());
		try {
			this.templates.save(membership.collective(), language.code(), kind, text, maxParts);
			return "redirect:" + page.href("/c/" + membership.collective() + "/templates?in=" + language.code());
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			String view = show(page, membership, language, csrf, model, response,
					new Template(language.code(), kind, text, maxParts, true), invalid);
			return view;
		}
	}

	private String show(Page page, Membership membership, Lang language, CsrfToken csrf, Model model,
			HttpServletResponse response, Template typed, Invalid invalid) {
		List<Template> shown = new ArrayList<>();
		for (String kind : Templates.KINDS) {
			shown.add((typed != null && typed.kind().equals(kind)) ? typed
					: this.templates.of(membership.collective(), language.code(), kind));
		}
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("language", language)
			.addAttribute("templates", shown)
			.addAttribute("previews", shown.stream().map((t) -> this.templates.preview(t.text())).toList())
			.addAttribute("filled", shown.stream().map((t) -> Templates.fill(t.text(), Templates.sample())).toList());
		if (invalid != null) {
			model.addAttribute("problem", invalid.messageKey());
			model.addAttribute("problemArgs", invalid.args());
		}
		return "warning/templates";
	}

}
