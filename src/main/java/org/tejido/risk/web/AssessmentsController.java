package org.tejido.risk.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.risk.internal.AssessmentView;
import org.tejido.risk.internal.Assessments;
import org.tejido.risk.internal.Invalid;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The list of assessments a person may read (with the form to start one, for
 * coordinators) and an assessment's page: its latest review, what changed since the one
 * before, and its threats. Anyone not among an assessment's readers is answered 404.
 */
@Controller
class AssessmentsController {

	private final WorkspacePages workspaces;

	private final Assessments assessments;

	AssessmentsController(WorkspacePages workspaces, Assessments assessments) {
		this.workspaces = workspaces;
		this.assessments = assessments;
	}

	@GetMapping("/{lang}/c/{collective}/risk")
	String list(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		show(page, membership, csrf, model, response, SettingsForm.blank(today()), null);
		return "risk/assessments";
	}

	@PostMapping("/{lang}/c/{collective}/risk")
	String create(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		SettingsForm form = SettingsForm.read(params);
		try {
			UUID created = this.assessments.create(membership, form.settings(), form.held());
			return "redirect:" + page.href("/c/" + membership.collective() + "/risk/" + created);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			show(page, membership, csrf, model, response, form, page.t(invalid.messageKey(), invalid.args()));
			return "risk/assessments";
		}
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}")
	String assessment(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, CsrfToken csrf, Model model, HttpServletResponse response) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("a", view)
			.addAttribute("edit", this.assessments.mayEdit(membership, assessment))
			.addAttribute("today", today().toString())
			.addAttribute("next", proposedNext(view).toString())
			.addAttribute("problem", null);
		return "risk/assessment";
	}

	private void show(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			SettingsForm form, @Nullable String problem) {
		List<AssessmentView> readable = this.assessments.readable(membership);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("assessments", readable)
			.addAttribute("form", form)
			.addAttribute("problem", problem);
	}

	static LocalDate proposedNext(AssessmentView view) {
		LocalDate proposed = today().plusMonths(view.reviewEveryMonths());
		return proposed;
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
