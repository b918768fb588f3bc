package org.tejido.reports.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tejido.collectives.Workspace;
import org.tejido.collectives.WorkspacePages;
import org.tejido.reports.internal.Invalid;
import org.tejido.reports.internal.ReportDesk;
import org.tejido.reports.internal.ReportForm;
import org.tejido.site.PrintStyle;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * A collective's situation reports, for its coordinators only (anyone else, members and
 * allies too, is told there is nothing here): the form, the preview that is the report
 * exactly as it leaves, its CSV, sharing it with the coalition and withdrawing a report
 * shared before. A request the form cannot make answers 422 with the form and what is
 * wrong.
 */
@Controller
class ReportsController {

	/** The printable report's style, also the coalition view's. */
	static final PrintStyle STYLE = PrintStyle.of("/reports/report.css");

	private final WorkspacePages workspaces;

	private final ReportDesk desk;

	ReportsController(WorkspacePages workspaces, ReportDesk desk) {
		this.workspaces = workspaces;
		this.desk = desk;
	}

	@GetMapping("/{lang}/c/{collective}/reports")
	String form(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			ReportParams params, @RequestParam(defaultValue = "") String shared,
			@RequestParam(defaultValue = "") String withdrawn, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		coordinator(membership);
		ReportForm form = params.orBlank();
		String notice = "1".equals(withdrawn) ? "reports.withdrawn.done"
				: "1".equals(shared) ? "reports.shared.done" : null;
		if (notice != null) {
			model.addAttribute("notice", notice);
		}
		return form(page, membership, form, null, csrf, model, response);
	}

	@GetMapping("/{lang}/c/{collective}/reports/preview")
	String preview(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			ReportParams params, CsrfToken csrf, Model model, HttpServletResponse response) {
		coordinator(membership);
		ReportForm form = params.orBlank();
		try {
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("report", this.desk.preview(membership, form))
				.addAttribute("form", form)
				.addAttribute("style", STYLE.css());
			response.setHeader("Content-Security-Policy", STYLE.policy());
			return "reports/preview";
		}
		catch (Invalid invalid) {
			return refused(page, membership, form, invalid, csrf, model, response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/reports/report.csv")
	Object csv(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			ReportParams params, CsrfToken csrf, Model model, HttpServletResponse response) {
		coordinator(membership);
		ReportForm form = params.orBlank();
		try {
			byte[] csv = this.desk.download(membership, form).getBytes(StandardCharsets.UTF_8);
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"situation-report.csv\"")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(csv);
		}
		catch (Invalid invalid) {
			return refused(page, membership, form, invalid, csrf, model, response);
		}
	}

	@PostMapping("/{lang}/c/{collective}/reports/shared")
	String share(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			ReportParams params, @RequestParam(name = "show_name", defaultValue = "") String showName, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		coordinator(membership);
		ReportForm form = params.asSent();
		Workspace ws = (Workspace) this.workspaces.frame(model, page, membership, csrf, response).getAttribute("ws");
		try {
			this.desk.share(membership, form, "yes".equals(showName) && ws != null ? ws.name() : null);
			return "redirect:" + page.href("/c/" + membership.collective() + "/reports?shared=1");
		}
		catch (Invalid invalid) {
			return refused(page, membership, form, invalid, csrf, model, response);
		}
	}

	/**
	 * Withdraws a report the collective shared; the coalition no longer sees or counts
	 * it. An id the collective has no shared report for answers 404, as for anyone but a
	 * coordinator.
	 */
	@PostMapping("/{lang}/c/{collective}/reports/shared/{id}/withdraw")
	String withdraw(Page page, @InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
			CollectiveRole.ALLY }) Membership membership, @PathVariable String id) {
		coordinator(membership);
		this.desk.withdraw(membership, id);
		return "redirect:" + page.href("/c/" + membership.collective() + "/reports?withdrawn=1");
	}

	private String refused(Page page, Membership membership, ReportForm form, Invalid invalid, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		response.setStatus(422);
		return form(page, membership, form, page.t(invalid.messageKey(), invalid.args()), csrf, model, response);
	}

	private String form(Page page, Membership membership, ReportForm form, @Nullable String problem, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("form", form)
			.addAttribute("shared", this.desk.sharedBy(membership))
			.addAttribute("problem", problem);

		return "reports/form";
	}

	/** Members and allies are told the reports do not exist, as strangers are. */
	private static void coordinator(Membership membership) {
		if (!membership.isCoordinator()) {
			throw new NotFound();
		}
	}

}
