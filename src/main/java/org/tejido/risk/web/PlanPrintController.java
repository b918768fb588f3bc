package org.tejido.risk.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.risk.internal.PlanSummaries;
import org.tejido.risk.internal.PlanView;
import org.tejido.risk.internal.Plans;
import org.tejido.site.PrintStyle;
import org.tejido.site.Page;

/**
 * The printable plan: an A4 page of its own (no navigation), the measures grouped by kind
 * and each responsible person's one-SMS summary, marked confidential. It carries its own
 * print style, which its Content-Security-Policy allows by hash, as the site's does its
 * style.
 */
@Controller
class PlanPrintController {

	private static final PrintStyle STYLE = PrintStyle.of("/risk/plan-print.css");

	private final WorkspacePages workspaces;

	private final Plans plans;

	private final PlanSummaries summaries;

	PlanPrintController(WorkspacePages workspaces, Plans plans, PlanSummaries summaries) {
		this.workspaces = workspaces;
		this.plans = plans;
		this.summaries = summaries;
	}

	@GetMapping("/{lang}/c/{collective}/risk/{assessment}/plan/print")
	String print(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID assessment, CsrfToken csrf, Model model, HttpServletResponse response) {
		PlanView plan = this.plans.plan(membership, assessment);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("plan", plan)
			.addAttribute("summaries", this.summaries.of(plan))
			.addAttribute("printed", LocalDate.now(ZoneOffset.UTC).toString())
			.addAttribute("style", STYLE.css());
		response.setHeader("Content-Security-Policy", STYLE.policy());
		return "risk/plan-print";
	}

}
