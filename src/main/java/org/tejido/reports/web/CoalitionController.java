package org.tejido.reports.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.tejido.accounts.Role;
import org.tejido.reports.internal.Coalition;
import org.tejido.site.NotFound;
import org.tejido.site.Page;

/**
 * The coalition's combined view of the reports its collectives shared, for the instance's
 * administrators and curators; anyone else is told there is nothing here.
 */
@Controller
class CoalitionController {

	private final Coalition coalition;

	CoalitionController(Coalition coalition) {
		this.coalition = coalition;
	}

	@GetMapping("/{lang}/coalition/reports")
	String combined(Page page, Model model, HttpServletResponse response) {
		if (!allowed(SecurityContextHolder.getContext().getAuthentication())) {
			throw new NotFound();
		}
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", ReportsController.STYLE.policy());
		model.addAttribute("page", page)
			.addAttribute("combined", this.coalition.combined())
			.addAttribute("style", ReportsController.STYLE.css());
		return "reports/coalition";
	}

	private static boolean allowed(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority())
					|| Role.CURATOR.authority().equals(authority.getAuthority()));
	}

}
