package org.tejido.territory.web;

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
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.PlaceKind;
import org.tejido.territory.internal.PlaceShape;
import org.tejido.territory.internal.Territory;

/**
 * A collective's territory at a glance (its areas and the places the reader may see, by
 * kind), and the coordinators' adding and removing of areas.
 */
@Controller
class TerritoryController {

	private final WorkspacePages workspaces;

	private final Territory territory;

	private final AreaDesk areas;

	TerritoryController(WorkspacePages workspaces, Territory territory, AreaDesk areas) {
		this.workspaces = workspaces;
		this.territory = territory;
		this.areas = areas;
	}

	@GetMapping("/{lang}/c/{collective}/territory")
	String overview(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("areas", this.territory.areas(membership.collective()))
			.addAttribute("places", byKind(this.territory.places(membership)));
		return "territory/overview";
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

	private static Map<PlaceKind, List<PlaceShape>> byKind(List<PlaceShape> places) {
		Map<PlaceKind, List<PlaceShape>> grouped = new LinkedHashMap<>();
		for (PlaceKind kind : PlaceKind.values()) {
			List<PlaceShape> ofKind = places.stream().filter((place) -> place.kind() == kind).toList();
			if (!ofKind.isEmpty()) {
				grouped.put(kind, ofKind);
			}
		}
		return grouped;
	}

}
