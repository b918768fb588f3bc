package org.tejido.network.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.network.graph.Drawings;
import org.tejido.network.internal.NetworkDesk;
import org.tejido.network.internal.NetworkMap;
import org.tejido.site.Page;

/**
 * The map drawn on the server, without script: the power matrix (influence by stance,
 * with a table of the same), the levels, and the network.
 */
@Controller
class NetworkViewsController {

	private final WorkspacePages workspaces;

	private final NetworkDesk desk;

	NetworkViewsController(WorkspacePages workspaces, NetworkDesk desk) {
		this.workspaces = workspaces;
		this.desk = desk;
	}

	@GetMapping("/{lang}/c/{collective}/network/matrix")
	String matrix(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		NetworkMap map = this.desk.read(membership);
		String svg = Drawings.matrix(map.graph(), "matrix", page.t("network.matrix"),
				page.t("network.matrix.desc", map.actors().size()), (key) -> page.t("network." + key));
		return view(page, membership, csrf, model, response, map, "matrix", svg);
	}

	@GetMapping("/{lang}/c/{collective}/network/levels")
	String levels(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		NetworkMap map = this.desk.read(membership);
		String svg = Drawings.levels(map.graph(), "levels", page.t("network.levels"),
				page.t("network.drawing.desc", map.graph().nodes().size(), map.graph().edges().size()),
				(key) -> page.t("network." + key));
		return view(page, membership, csrf, model, response, map, "levels", svg);
	}

	@GetMapping("/{lang}/c/{collective}/network/drawing")
	String drawing(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		NetworkMap map = this.desk.read(membership);
		String svg = Drawings.network(map.graph(), "drawing", page.t("network.drawing"),
				page.t("network.drawing.desc", map.graph().nodes().size(), map.graph().edges().size()));
		return view(page, membership, csrf, model, response, map, "drawing", svg);
	}

	private String view(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			NetworkMap map, String which, String svg) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("map", map)
			.addAttribute("which", which)
			.addAttribute("svg", svg);
		return "network/view";
	}

}
