package org.tejido.territory.web;

import java.util.ArrayList;
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
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.ObservationViews;
import org.tejido.territory.internal.ObservationViews.ObservationView;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.PatrolDesk.PatrolView;
import org.tejido.territory.internal.PatrolInput;
import org.tejido.territory.maps.MapFeature;

/**
 * Patrols of the territory: the list, the form (team, day, route typed or from a GPS
 * track), and one patrol with its route and observations. Members and coordinators.
 */
@Controller
class PatrolsController {

	private final WorkspacePages workspaces;

	private final PatrolDesk desk;

	/** Routes the patrols list draws, the latest first. */
	static final int ROUTES_DRAWN = 10;

	/** What a patrol page's map may weigh gzipped, beside its list of observations. */
	static final int MAP_BUDGET = 8_000;

	private final ObservationViews observations;

	private final TerritoryMaps maps;

	PatrolsController(WorkspacePages workspaces, PatrolDesk desk, ObservationViews observations, TerritoryMaps maps) {
		this.workspaces = workspaces;
		this.desk = desk;
		this.observations = observations;
		this.maps = maps;
	}

	@GetMapping("/{lang}/c/{collective}/territory/patrols")
	String patrols(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		List<PatrolView> patrols = this.desk.of(membership);
		List<MapFeature> routes = new ArrayList<>();
		patrols.stream()
			.limit(ROUTES_DRAWN)
			.forEach((patrol) -> MapFeatures.patrol(patrol, href(page, membership, "patrols/", patrol.id()))
				.ifPresent(routes::add));
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("map", this.maps.draw(page, membership, page.t("territory.patrol.title"), MAP_BUDGET, routes))
			.addAttribute("patrols", patrols);
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
		catch (Invalid refused) {
			response.setStatus(422);
			return form(page, membership, input, refused.messageKey(), csrf, model, response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/territory/patrols/{patrol}")
	String patrol(Page page, @InCollective Membership membership, @PathVariable UUID patrol, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		PatrolView shown = this.desk.one(membership, patrol);
		List<ObservationView> made = this.observations.ofPatrol(membership, patrol);
		List<MapFeature> features = new ArrayList<>();
		MapFeatures.patrol(shown, null).ifPresent(features::add);
		made.forEach((observation) -> MapFeatures
			.observation(observation, href(page, membership, "observations/", observation.id()))
			.ifPresent(features::add));
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("patrol", shown)
			.addAttribute("map", this.maps.draw(page, membership, shown.name(), MAP_BUDGET, features))
			.addAttribute("observations", made);
		return "territory/patrol";
	}

	static String href(Page page, Membership membership, String what, UUID id) {
		return page.href("/c/" + membership.collective() + "/territory/" + what + id);
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
