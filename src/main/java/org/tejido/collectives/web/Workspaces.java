package org.tejido.collectives.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.tejido.collectives.Membership;
import org.tejido.collectives.Workspace;
import org.tejido.collectives.WorkspacePages;
import org.tejido.collectives.internal.CollectiveDirectory;
import org.tejido.site.Page;

/**
 * Prepares a collective page: never stored by browsers or proxies, with the frame every
 * collective page shares. Other modules' collective pages use it too, with the
 * {@code collectives/frame.jte} layout.
 */
@Component
class Workspaces implements WorkspacePages {

	private final CollectiveDirectory directory;

	Workspaces(CollectiveDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Model frame(Model model, Page page, Membership membership, CsrfToken csrf, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("ws",
				new Workspace(page, membership, this.directory.details(membership.collective()).name(), csrf));
		model.addAttribute("problem", null);
		return model;
	}

}
