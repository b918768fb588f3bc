package org.tejido.risk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.risk.internal.MeasureStatus;
import org.tejido.risk.internal.PlanDesk;
import org.tejido.risk.internal.Plans;
import org.tejido.site.Page;

/**
 * "My measures": each person's own measures in every plan of the collective (title, due
 * date, status), which they may mark in progress or done, without reading the assessments
 * the measures answer, their threats or the other measures.
 */
@Controller
class MyMeasuresController {

	private final WorkspacePages workspaces;

	private final Plans plans;

	private final PlanDesk desk;

	MyMeasuresController(WorkspacePages workspaces, Plans plans, PlanDesk desk) {
		this.workspaces = workspaces;
		this.plans = plans;
		this.desk = desk;
	}

	@GetMapping("/{lang}/c/{collective}/risk/my-measures")
	String mine(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("measures", this.plans.mine(membership));
		return "risk/my-measures";
	}

	@PostMapping("/{lang}/c/{collective}/risk/my-measures/{measure}/status")
	String mark(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID measure, @RequestParam(defaultValue = "") String status) {
		this.desk.markMine(membership, measure, MeasureStatus.fromCode(status));
		return "redirect:" + page.href("/c/" + membership.collective() + "/risk/my-measures");
	}

}
