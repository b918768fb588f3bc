package org.tejido.risk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectivePeople;
import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.risk.internal.AssessmentView;
import org.tejido.risk.internal.Assessments;
import org.tejido.risk.internal.Invalid;
import org.tejido.risk.internal.Stale;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * An assessment's settings: title, facilitator, review rhythm, next review date, and the
 * people who may read it, chosen among the collective's (allies too).
 */
@Controller
class SettingsController {

	private final WorkspacePages workspaces;

	private final Assessments assessments;

	private final CollectivePeople people;

	SettingsController(WorkspacePages workspaces, Assessments assessments, CollectivePeople people) {
		this.workspaces = workspaces;
		this.assessments = assessments;
		this.people = people;
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/settings")
	String settings(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, CsrfToken csrf, Model model, HttpServletResponse response) {
		AssessmentView view = Editing.editable(this.assessments, membership, assessment);
		show(page, membership, csrf, model, response, view, SettingsForm.of(view.settings()), view.version(), null);
		return "risk/settings";
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/settings")
	String change(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		Editing.editable(this.assessments, membership, assessment);
		SettingsForm form = SettingsForm.read(params);
		long version = ThreatForm.version(params);
		try {
			this.assessments.changeSettings(membership, assessment, version, form.settings());
			return "redirect:" + page.href("/c/" + membership.collective() + "/risk/" + assessment);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			show(page, membership, csrf, model, response, current(membership, assessment), form, version,
					page.t(invalid.messageKey(), invalid.args()));
		}
		catch (Stale | OptimisticLockingFailureException stale) {
			response.setStatus(409);
			AssessmentView now = current(membership, assessment);
			show(page, membership, csrf, model, response, now, form, now.version(), page.t("risk.changed-meanwhile"));
		}
		return "risk/settings";
	}

	private AssessmentView current(Membership membership, UUID assessment) {
		return this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
	}

	private void show(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			AssessmentView view, SettingsForm form, long version, @Nullable String problem) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("a", view)
			.addAttribute("form", form)
			.addAttribute("version", version)
			.addAttribute("people", this.people.of(membership.collective()))
			.addAttribute("problem", problem);
	}

}
