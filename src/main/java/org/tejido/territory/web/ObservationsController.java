package org.tejido.territory.web;

import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.multipart.MultipartFile;

import org.tejido.collectives.Membership;
import org.tejido.collectives.InCollective;
import org.tejido.collectives.WorkspacePages;
import org.tejido.evidence.EvidenceRefused;
import org.tejido.site.Page;
import org.tejido.territory.TerritoryPlaces;
import org.tejido.territory.internal.FieldLog;
import org.tejido.territory.internal.ObservationInput;
import org.tejido.territory.internal.Invalid;
import org.tejido.territory.internal.ObservationViews;
import org.tejido.territory.internal.ObservationViews.ObservationView;
import org.tejido.territory.internal.PatrolDesk;
import org.tejido.territory.internal.Sighting;
import org.tejido.territory.maps.MapFeature;

/**
 * Observations of the territory: the list, the form (with files, sealed as evidence), and
 * one observation with its evidence and the alert raised from it. Members and
 * coordinators; allies do not see observations.
 */
@Controller
class ObservationsController {

	private final WorkspacePages workspaces;

	private final FieldLog log;

	private final ObservationViews views;

	private final TerritoryPlaces places;

	/** What the list's map may weigh gzipped, beside its table. */
	static final int LIST_MAP_BUDGET = 6_500;

	/**
	 * What an observation's map may weigh gzipped, beside its evidence and alert form.
	 */
	static final int MAP_BUDGET = 7_000;

	private final PatrolDesk patrols;

	private final TerritoryMaps maps;

	ObservationsController(WorkspacePages workspaces, FieldLog log, ObservationViews views, TerritoryPlaces places,
			PatrolDesk patrols, TerritoryMaps maps) {
		this.workspaces = workspaces;
		this.log = log;
		this.views = views;
		this.places = places;
		this.patrols = patrols;
		this.maps = maps;
	}

	@GetMapping("/{lang}/c/{collective}/territory/observations")
	String observations(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		List<ObservationView> observations = this.views.of(membership);
		List<MapFeature> positions = new ArrayList<>();
		observations.forEach((observation) -> MapFeatures
			.observation(observation, PatrolsController.href(page, membership, "observations/", observation.id()))
			.ifPresent(positions::add));
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("map",
					this.maps.draw(page, membership, page.t("territory.obs.title"), LIST_MAP_BUDGET, positions))
			.addAttribute("observations", observations);
		return "territory/observations";
	}

	@GetMapping("/{lang}/c/{collective}/territory/observations/new")
	String form(Page page, @InCollective Membership membership, @RequestParam(defaultValue = "") String patrol,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		ObservationInput input = new ObservationInput("", "", "", "", "", patrol);
		return form(page, membership, input, null, csrf, model, response);
	}

	@PostMapping("/{lang}/c/{collective}/territory/observations")
	String record(Page page, @InCollective Membership membership, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String position,
			@RequestParam(defaultValue = "") String when, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String patrol,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		ObservationInput input = new ObservationInput(category, place, position, when, text, patrol);
		try {
			Sighting sighting = input.checked((id) -> this.places.find(membership, id).isPresent(),
					(id) -> this.patrols.find(membership, id).isPresent());
			UUID id = this.log.record(membership.collective(), membership.member(), sighting, "web",
					attachments(files));
			return "redirect:" + page.href("/c/" + membership.collective() + "/territory/observations/" + id);
		}
		catch (Invalid refused) {
			response.setStatus(422);
			return form(page, membership, input, refused.messageKey(), csrf, model, response);
		}
		catch (EvidenceRefused refused) {
			response.setStatus(refused.status());
			return form(page, membership, input, refused.messageKey(), csrf, model, response);
		}
	}

	@GetMapping("/{lang}/c/{collective}/territory/observations/{observation}")
	String observation(Page page, @InCollective Membership membership, @PathVariable UUID observation, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		ObservationView shown = this.views.one(membership, observation);
		MapView map = MapFeatures.observation(shown, null)
			.map((point) -> this.maps.draw(page, membership, page.t("territory.obs.one", shown.code()), MAP_BUDGET,
					List.of(point)))
			.orElse(MapView.NOTHING);
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("observation", shown)
			.addAttribute("map", map);
		return "territory/observation";
	}

	private String form(Page page, Membership membership, ObservationInput input, @Nullable String problem,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("input", input)
			.addAttribute("places", this.places.visibleTo(membership))
			.addAttribute("patrols", this.patrols.of(membership))
			.addAttribute("problem", problem);
		return "territory/observation-new";
	}

	static List<FieldLog.Attachment> attachments(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> !file.isEmpty())
			.map(Upload::new)
			.map(FieldLog.Attachment.class::cast)
			.toList();
	}

	private record Upload(MultipartFile file) implements FieldLog.Attachment {

		@Override
		public String fileName() {
			return (this.file.getOriginalFilename() != null) ? this.file.getOriginalFilename() : "";
		}

		@Override
		public InputStream open() throws IOException {
			return this.file.getInputStream();
		}

	}

}
