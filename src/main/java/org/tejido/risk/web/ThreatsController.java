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

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.risk.internal.AssessmentView;
import org.tejido.risk.internal.Assessments;
import org.tejido.risk.internal.Invalid;
import org.tejido.risk.internal.Stale;
import org.tejido.risk.internal.Threat;
import org.tejido.risk.internal.ThreatFacts;
import org.tejido.risk.internal.ThreatInput;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The threats of an assessment's latest review: the form to add one, a threat's page with
 * the form to change it, and removing it. A form sent on a version someone else changed
 * meanwhile is answered 409 with the current threat and the person's words kept in the
 * form.
 */
@Controller
class ThreatsController {

	private final WorkspacePages workspaces;

	private final Assessments assessments;

	private final ThreatFacts facts;

	ThreatsController(WorkspacePages workspaces, Assessments assessments, ThreatFacts facts) {
		this.workspaces = workspaces;
		this.assessments = assessments;
		this.facts = facts;
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/threats/new")
	String form(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, CsrfToken csrf, Model model, HttpServletResponse response) {
		AssessmentView view = editable(membership, assessment);
		show(page, membership, csrf, model, response, view, null, ThreatInput.blank(), view.version(), null);
		return "risk/threat";
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/threats")
	String add(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		editable(membership, assessment);
		ThreatInput input = ThreatForm.read(params);
		try {
			UUID threat = this.assessments.addThreat(membership, assessment, ThreatForm.version(params), input);
			return "redirect:"
					+ page.href("/c/" + membership.collective() + "/risk/" + assessment + "/threats/" + threat);
		}
		catch (Invalid invalid) {
			return again(page, membership, csrf, model, response, assessment, null, input, ThreatForm.version(params),
					422, page.t(invalid.messageKey(), invalid.args()));
		}
		catch (Stale | OptimisticLockingFailureException stale) {
			return again(page, membership, csrf, model, response, assessment, null, input, -1, 409,
					page.t("risk.changed-meanwhile"));
		}
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/threats/{threat}")
	String threat(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID threat, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		Threat current = view.latest().content().threat(threat).orElseThrow(NotFound::new);
		show(page, membership, csrf, model, response, view, current, ThreatInput.of(current), view.version(), null);
		return "risk/threat";
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/threats/{threat}")
	String change(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID threat,
			@RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		AssessmentView view = editable(membership, assessment);
		view.latest().content().threat(threat).orElseThrow(NotFound::new);
		ThreatInput input = ThreatForm.read(params);
		try {
			this.assessments.changeThreat(membership, assessment, threat, ThreatForm.version(params), input);
			return "redirect:"
					+ page.href("/c/" + membership.collective() + "/risk/" + assessment + "/threats/" + threat);
		}
		catch (Invalid invalid) {
			return again(page, membership, csrf, model, response, assessment, threat, input, ThreatForm.version(params),
					422, page.t(invalid.messageKey(), invalid.args()));
		}
		catch (Stale | OptimisticLockingFailureException stale) {
			return again(page, membership, csrf, model, response, assessment, threat, input, -1, 409,
					page.t("risk.changed-meanwhile"));
		}
	}

	@PostMapping("/{lang}/c/{collective}/risk/{assessment}/threats/{threat}/delete")
	String remove(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, @PathVariable UUID threat, @RequestParam(defaultValue = "-1") long version) {
		editable(membership, assessment);
		this.assessments.removeThreat(membership, assessment, threat, version);
		return "redirect:" + page.href("/c/" + membership.collective() + "/risk/" + assessment);
	}

	private AssessmentView editable(Membership membership, UUID assessment) {
		return Editing.editable(this.assessments, membership, assessment);
	}

	/**
	 * The form again with what was typed; after a conflict it carries the current
	 * version, so sending it again applies the person's words over the current threat.
	 */
	private String again(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			UUID assessment, @Nullable UUID threat, ThreatInput input, long version, int status, String problem) {
		AssessmentView view = this.assessments.readable(membership, assessment).orElseThrow(NotFound::new);
		Threat current = (threat != null) ? view.latest().content().threat(threat).orElse(null) : null;
		response.setStatus(status);
		show(page, membership, csrf, model, response, view, current, input, (status == 409) ? view.version() : version,
				problem);
		model.addAttribute("conflict", status == 409);
		return "risk/threat";
	}

	private void show(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			AssessmentView view, @Nullable Threat current, ThreatInput input, long version, @Nullable String problem) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("a", view)
			.addAttribute("threat", current)
			.addAttribute("form", input)
			.addAttribute("version", version)
			.addAttribute("edit", this.assessments.mayEdit(membership, view.id()))
			.addAttribute("choices", this.facts.choices(membership, current))
			.addAttribute("conflict", false)
			.addAttribute("problem", problem);
	}

}
