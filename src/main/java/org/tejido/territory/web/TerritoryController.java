package org.tejido.territory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tejido.site.Page;
import org.tejido.territory.internal.AreaDesk;
import org.tejido.territory.internal.CoordinateText;
import org.tejido.territory.internal.CoordinateText.Shape;
import org.tejido.territory.internal.GroundTruth;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.ObservationViews;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.PlaceKind;
import org.tejido.territory.internal.PlaceShape;
import org.tejido.territory.internal.TaskStatus;
import org.tejido.territory.internal.Territory;
import org.tejido.territory.maps.MapFeature;

/**
 * A collective's territory at a glance (a map, its areas and how many places of each kind
 * the reader may see), and the coordinators' adding and removing of areas.
 */
@Controller
class TerritoryController {

	private final WorkspacePages workspaces;

	private final Territory territory;

	/** Routes of the latest patrols the overview draws. */
	static final int PATROLS_DRAWN = 3;

	/** What the overview's map may weigh gzipped, beside the areas and place counts. */
	static final int MAP_BUDGET = 8_800;

	private final AreaDesk areas;

	private final TerritoryMaps maps;

	private final ObservationViews observations;

	private final GroundTruth groundTruth;

	private final PatrolDesk patrols;

	TerritoryController(WorkspacePages workspaces, Territory territory, AreaDesk areas, TerritoryMaps maps,
			ObservationViews observations, GroundTruth groundTruth, PatrolDesk patrols) {
		this.workspaces = workspaces;
		this.territory = territory;
		this.areas = areas;
		this.maps = maps;
		this.observations = observations;
		this.groundTruth = groundTruth;
		this.patrols = patrols;
	}

	@GetMapping("/{lang}/c/{collective}/territory")
	String overview(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		List<PlaceShape> places = this.territory.places(membership);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("map",
					this.maps.draw(page, membership, page.t("territory.title"), MAP_BUDGET,
							features(page, membership, places), true))
			.addAttribute("areas", this.territory.areas(membership.collective()))
			.addAttribute("places", countedByKind(places))
			.addAttribute("placeCount", places.size());
		return "territory/overview";
	}

	/**
	 * Places first, as the budget drops links from the end: then tasks to check, the
	 * latest patrols and the observations, which allies never see.
	 */
	private List<MapFeature> features(Page page, Membership membership, List<PlaceShape> places) {
		String base = "/c/" + membership.collective() + "/territory/";
		List<MapFeature> features = new ArrayList<>();
		places.forEach((place) -> features.add(MapFeatures.place(place, page.href(base + "places/" + place.id()))));
		if (membership.isAlly()) {
			return features;
		}
		this.groundTruth.of(membership)
			.stream()
			.filter((task) -> task.status() == TaskStatus.OPEN)
			.forEach((task) -> features.addAll(MapFeatures.task(task, page.href(base + "tasks/" + task.id()))));
		this.patrols.of(membership)
			.stream()
			.limit(PATROLS_DRAWN)
			.forEach((patrol) -> MapFeatures.patrol(patrol, page.href(base + "patrols/" + patrol.id()))
				.ifPresent(features::add));
		this.observations.of(membership)
			.forEach((observation) -> MapFeatures
				.observation(observation, page.href(base + "observations/" + observation.id()))
				.ifPresent(features::add));
		return features;
	}

	@GetMapping("/{lang}/c/{collective}/territory/areas/new")
	String areaForm(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("name", "")
			.addAttribute("coordinates", "")
			.addAttribute("problem", null);
		return "territory/area-form";
	}

	@PostMapping("/{lang}/c/{collective}/territory/areas")
	String addArea(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String coordinates,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		try {
			this.areas.add(membership, name, CoordinateText.read(coordinates, Shape.AREA));
			return "redirect:" + page.href("/c/" + membership.collective() + "/territory");
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("name", name)
				.addAttribute("coordinates", coordinates)
				.addAttribute("problem", page.t(invalid.messageKey(), invalid.args()));
			return "territory/area-form";
		}
	}

	@PostMapping("/{lang}/c/{collective}/territory/areas/{area}/delete")
	String removeArea(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID area) {
		this.areas.remove(membership, area);
		return "redirect:" + page.href("/c/" + membership.collective() + "/territory");
	}

	private static Map<PlaceKind, Long> countedByKind(List<PlaceShape> places) {
		Map<PlaceKind, Long> counted = new LinkedHashMap<>();
		for (PlaceKind kind : PlaceKind.values()) {
			long ofKind = places.stream().filter((place) -> place.kind() == kind).count();
			if (ofKind > 0) {
				counted.put(kind, ofKind);
			}
		}
		return counted;
	}

}
