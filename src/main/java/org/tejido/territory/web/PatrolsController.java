package org.tejido.territory.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.Page;
import org.tejido.territory.internal.ObservationRefused;
import org.tejido.territory.internal.ObservationViews;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.PatrolInput;

/**
 * Patrols of the territory: the list, the form (team, day, route typed or from a GPS
 * track), and one patrol with its route and observations. Members and coordinators.
 */
@Controller
class PatrolsController {

	private final WorkspacePages workspaces;

	private final PatrolDesk desk;

	private final ObservationViews observations;

	PatrolsController(WorkspacePages workspaces, PatrolDesk desk, ObservationViews observations) {
		this.workspaces = workspaces;
		this.desk = desk;
		this.observations = observations;
	}

	@GetMapping("/{lang}/c/{collective}/territory/patrols")
	String patrols(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("patrols", this.desk.of(membership));
		return "territory/patrols";
	}

	@GetMapping("/{lang}/c/{collective}/territory/patrols/new")
	String form(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return form(page, membership, PatrolInput.empty(), null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/patrols")
	String create(Page page, @InCollective Membership membership, @RequestParam(defaultValue = "") String name,
			@RequestParam(name = "walked_on", defaultValue = "") String walkedOn,
			@RequestParam(defaultValue = "") List<String> team, @RequestParam(defaultValue = "") String route,
			@RequestParam(defaultValue = "") String notes, CsrfToken csrf, Model model, HttpServletResponse response) {
		PatrolInput input = new PatrolInput(name, walkedOn, team, route, notes);
		try {
			UUID patrol = this.desk.create(membership, input);
			return "redirect:" + page.href("/c/" + membership.collective() + "/territory/patrols/" + patrol);
		}
		catch (ObservationRefused refused) {
			response.setStatus(422);
			return form(page, membership, input, refused.messageKey(), csrf, model, response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/territory/patrols/{patrol}")
	String patrol(Page page, @InCollective Membership membership, @PathVariable UUID patrol, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("patrol", this.desk.one(membership, patrol))
			.addAttribute("observations", this.observations.ofPatrol(membership, patrol));
		return "territory/patrol";
	}

	private String form(Page page, Membership membership, PatrolInput input, @Nullable String problem, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("input", input)
			.addAttribute("walkers", this.desk.walkers(membership))
			.addAttribute("problem", problem);
		return "territory/patrol-new";
	}

}
