package org.tejido.collectives.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.CollectivesSettings;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.internal.InvitationDesk;
import org.tejido.site.Page;

/**
 * Coordinators invite people with a one-time code, valid for a few days, that can be read
 * out or sent by SMS. Links are built on the configured site address, never on the
 * request's Host header, which anyone can set.
 */
@Controller
class InvitationsController {

	private final Workspaces workspaces;

	private final InvitationDesk invitations;

	private final int defaultDays;

	private final String siteUrl;

	InvitationsController(Workspaces workspaces, InvitationDesk invitations, CollectivesSettings settings,
			@Value("${tejido.site-url:http://localhost:8080}") String siteUrl) {
		this.workspaces = workspaces;
		this.invitations = invitations;
		this.defaultDays = settings.invitationDays();
		this.siteUrl = siteUrl.replaceAll("/+$", "");
	}

	@GetMapping("/{lang}/c/{collective}/invitations")
	String invitations(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("invitations", this.invitations.of(membership))
			.addAttribute("days", this.defaultDays)
			.addAttribute("issued", null)
			.addAttribute("link", "");
		return "collectives/invitations";
	}

	@PostMapping("/{lang}/c/{collective}/invitations")
	String issue(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "7") int days, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		InvitationDesk.Issued issued = this.invitations.issue(membership, MembersController.roleOf(role), days);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("invitations", this.invitations.of(membership))
			.addAttribute("days", days)
			.addAttribute("issued", issued)
			.addAttribute("link", this.siteUrl + page.href("/join?code=" + issued.code()));
		return "collectives/invitations";
	}

	@PostMapping("/{lang}/c/{collective}/invitations/{invitation}/revoke")
	String revoke(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID invitation) {
		this.invitations.revoke(membership, invitation);
		return "redirect:" + page.href("/c/" + membership.collective() + "/invitations");
	}

}
