package org.tejido.messaging.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.messaging.internal.Inboxes;
import org.tejido.site.Page;

/**
 * A member's in-app inbox in a collective: only their own messages.
 */
@Controller
class InboxController {

	private final WorkspacePages workspaces;

	private final Inboxes inboxes;

	InboxController(WorkspacePages workspaces, Inboxes inboxes) {
		this.workspaces = workspaces;
		this.inboxes = inboxes;
	}

	@GetMapping("/{lang}/c/{collective}/inbox")
	String inbox(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("messages", this.inboxes.of(membership));
		return "messaging/inbox";
	}

}
