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

import org.tejido.collectives.CollectiveRole;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.Membership;
import org.tejido.collectives.WorkspacePages;
import org.tejido.site.NotFound;
import org.tejido.site.Page;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.PlaceDesk;
import org.tejido.territory.internal.PlaceKind;
import org.tejido.territory.internal.PlaceShape;
import org.tejido.territory.internal.Territory;

/**
 * The places of a collective's territory: listing them by pages, adding one, reading it,
 * changing it, removing it. A place the reader's role may not see answers 404, as for a
 * stranger, and is in no list or map of theirs.
 */
@Controller
class PlacesController {

	private final WorkspacePages workspaces;

	private final Territory territory;

	/** What a list page's map may weigh gzipped, beside its 40 rows. */
	static final int LIST_MAP_BUDGET = 7_000;

	/** What a place's map may weigh gzipped, beside its form. */
	static final int PLACE_MAP_BUDGET = 7_000;

	private final PlaceDesk desk;

	private final TerritoryMaps maps;

	PlacesController(WorkspacePages workspaces, Territory territory, PlaceDesk desk, TerritoryMaps maps) {
		this.workspaces = workspaces;
		this.territory = territory;
		this.desk = desk;
		this.maps = maps;
	}

	@GetMapping("/{lang}/c/{collective}/territory/places")
	String list(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@RequestParam(defaultValue = "") String kind,
			@RequestParam(name = "page", defaultValue = "1") String number, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		String chosen = PlaceKind.codes().contains(kind) ? kind : "";
		List<PlaceShape> places = this.territory.places(membership)
			.stream()
			.filter((place) -> chosen.isEmpty() || place.kind().code().equals(chosen))
			.toList();
		PlacePage shown = PlacePage.of(places, chosen, number);
		String base = "/c/" + membership.collective() + "/territory/places/";
		String title = chosen.isEmpty() ? page.t("territory.places") : page.t("territory.kind." + chosen);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("places", shown)
			.addAttribute("title", title)
			.addAttribute("map",
					this.maps.draw(page, membership, title, LIST_MAP_BUDGET,
							shown.items()
								.stream()
								.map((place) -> MapFeatures.place(place, page.href(base + place.id())))
								.toList()));
		return "territory/places";
	}

	@GetMapping("/{lang}/c/{collective}/territory/places/new")
	String form(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("form", PlaceForm.blank())
			.addAttribute("problem", null);
		return "territory/place-new";
	}

	@PostMapping("/{lang}/c/{collective}/territory/places")
	String add(Page page, @InCollective Membership membership, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String sensitivity,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String coordinates,
			@RequestParam(defaultValue = "") String area, CsrfToken csrf, Model model, HttpServletResponse response) {
		PlaceForm form = new PlaceForm(name, kind, sensitivity, description, coordinates, area);
		try {
			UUID place = this.desk.add(membership, form.draft());
			return "redirect:" + page.href("/c/" + membership.collective() + "/territory/places/" + place);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("form", form)
				.addAttribute("problem", page.t(invalid.messageKey(), invalid.args()));
			return "territory/place-new";
		}
	}

	@GetMapping("/{lang}/c/{collective}/territory/places/{place}")
	String place(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@PathVariable UUID place, CsrfToken csrf, Model model, HttpServletResponse response) {
		PlaceShape shown = this.territory.place(membership, place).orElseThrow(NotFound::new);
		show(page, membership, csrf, model, response, shown, PlaceForm.of(shown), null);
		return "territory/place";
	}

	@PostMapping("/{lang}/c/{collective}/territory/places/{place}")
	String change(Page page, @InCollective Membership membership, @PathVariable UUID place,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String sensitivity,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String coordinates,
			@RequestParam(defaultValue = "") String area, CsrfToken csrf, Model model, HttpServletResponse response) {
		PlaceShape shown = this.territory.place(membership, place).orElseThrow(NotFound::new);
		PlaceForm form = new PlaceForm(name, kind, sensitivity, description, coordinates, area);
		try {
			this.desk.change(membership, place, version, form.draft());
			return "redirect:" + page.href("/c/" + membership.collective() + "/territory/places/" + place);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			show(page, membership, csrf, model, response, shown, form, page.t(invalid.messageKey(), invalid.args()));
			return "territory/place";
		}
	}

	@PostMapping("/{lang}/c/{collective}/territory/places/{place}/delete")
	String remove(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID place) {
		this.desk.remove(membership, place);
		return "redirect:" + page.href("/c/" + membership.collective() + "/territory");
	}

	private void show(Page page, Membership membership, CsrfToken csrf, Model model, HttpServletResponse response,
			PlaceShape place, PlaceForm form, @Nullable String problem) {
		String href = page.href("/c/" + membership.collective() + "/territory/places/" + place.id());
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("place", place)
			.addAttribute("map",
					this.maps.draw(page, membership, place.name(), PLACE_MAP_BUDGET,
							List.of(MapFeatures.place(place, href))))
			.addAttribute("form", form)
			.addAttribute("problem", problem);
	}

}
