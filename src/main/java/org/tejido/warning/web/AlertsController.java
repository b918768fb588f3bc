package org.tejido.warning.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tejido.territory.FieldObservations;
import org.tejido.territory.FieldObservations.Observed;
import org.tejido.territory.PlaceRef;
import org.tejido.territory.TerritoryPlaces;
import org.tejido.warning.internal.AlertDesk;
import org.tejido.warning.internal.AlertViews;
import org.tejido.warning.internal.CapExport;
import org.tejido.warning.internal.Invalid;
import org.tejido.warning.internal.ObservationReports;
import org.tejido.warning.internal.ReportInput;

/**
 * A collective's alerts: reporting one, following its timeline, acknowledging it, and the
 * coordinators' escalate, hold, update and close.
 */
@Controller
class AlertsController {

	private final WorkspacePages workspaces;

	private final AlertDesk desk;

	private final AlertViews views;

	private final CapExport cap;

	private final FieldObservations observations;

	private final TerritoryPlaces places;

	AlertsController(WorkspacePages workspaces, AlertDesk desk, AlertViews views, CapExport cap,
			FieldObservations observations, TerritoryPlaces places) {
		this.observations = observations;
		this.places = places;
		this.workspaces = workspaces;
		this.desk = desk;
		this.views = views;
		this.cap = cap;
	}

	@GetMapping("/{lang}/c/{collective}/alerts")
	String alerts(Page page, @InCollective Membership membership, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("alerts", this.views.of(membership));
		return "warning/alerts";
	}

	@GetMapping("/{lang}/c/{collective}/alerts/new")
	String reportForm(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("input", new ReportInput("", "high", "web", "", "", "", ""))
			.addAttribute("places", this.places.visibleTo(membership));
		return "warning/report";
	}

	@PostMapping("/{lang}/c/{collective}/alerts")
	String report(Page page,
			@InCollective({ CollectiveRole.COORDINATOR, CollectiveRole.MEMBER,
					CollectiveRole.ALLY }) Membership membership,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String severity,
			@RequestParam(defaultValue = "web") String source, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String position, @RequestParam(defaultValue = "") String when,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String anonymous,
			@RequestParam(name = "place_id", defaultValue = "") String placeId, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Optional<PlaceRef> chosen = chosenPlace(membership, placeId);
		ReportInput input = new ReportInput(category, severity, membership.isCoordinator() ? source : "web",
				chosen.map(PlaceRef::name).orElse(place),
				position.isBlank() ? chosen.map(AlertsController::position).orElse("") : position, when, text);
		try {
			UUID alert = this.desk.raise(membership.collective(), input.checked(),
					"on".equals(anonymous) ? null : membership.member());
			return "redirect:" + page.href("/c/" + membership.collective() + "/alerts/" + alert);
		}
		catch (Invalid invalid) {
			response.setStatus(422);
			this.workspaces.frame(model, page, membership, csrf, response)
				.addAttribute("input", input)
				.addAttribute("places", this.places.visibleTo(membership))
				.addAttribute("problem", invalid.messageKey());
			return "warning/report";
		}
	}

	@PostMapping("/{lang}/c/{collective}/alerts/from-observation/{observation}")
	String fromObservation(Page page, @InCollective Membership membership, @PathVariable UUID observation,
			@RequestParam(defaultValue = "other") String category,
			@RequestParam(defaultValue = "high") String severity) {
		Observed observed = this.observations.find(membership, observation).orElseThrow(NotFound::new);
		if (observed.alert() != null) {
			return back(page, membership, observed.alert());
		}
		UUID alert = this.desk.raiseFromObservation(membership.collective(),
				ObservationReports.report(observed, category, severity), membership.member(), observed.id());
		this.observations.alertRaised(membership.collective(), observed.id(), alert);
		return back(page, membership, alert);
	}

	@GetMapping("/{lang}/c/{collective}/alerts/{alert}")
	String alert(Page page, @InCollective Membership membership, @PathVariable UUID alert, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		this.workspaces.frame(model, page, membership, csrf, response)
			.addAttribute("page", this.views.page(membership, alert));
		return "warning/alert";
	}

	@PostMapping("/{lang}/c/{collective}/alerts/{alert}/ack")
	String acknowledge(Page page, @InCollective Membership membership, @PathVariable UUID alert) {
		this.desk.acknowledge(membership.collective(), alert, membership.member(), "web");
		return back(page, membership, alert);
	}

	@PostMapping("/{lang}/c/{collective}/alerts/{alert}/escalate")
	String escalate(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership,
			@PathVariable UUID alert) {
		this.desk.escalate(membership, alert);
		return back(page, membership, alert);
	}

	@PostMapping("/{lang}/c/{collective}/alerts/{alert}/hold")
	String hold(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID alert) {
		this.desk.deescalate(membership, alert);
		return back(page, membership, alert);
	}

	@PostMapping("/{lang}/c/{collective}/alerts/{alert}/update")
	String update(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID alert,
			@RequestParam(defaultValue = "") String text) {
		this.desk.update(membership, alert, text);
		return back(page, membership, alert);
	}

	@PostMapping("/{lang}/c/{collective}/alerts/{alert}/close")
	String close(Page page, @InCollective(CollectiveRole.COORDINATOR) Membership membership, @PathVariable UUID alert,
			@RequestParam(defaultValue = "") String note) {
		this.desk.close(membership, alert, note);
		return back(page, membership, alert);
	}

	@GetMapping("/{lang}/c/{collective}/alerts/{alert}/cap.xml")
	ResponseEntity<String> cap(Page page, @InCollective Membership membership, @PathVariable UUID alert) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/cap+xml;charset=UTF-8"))
			.header("Cache-Control", "no-store")
			.body(this.cap.xml(membership, alert, page.lang()));
	}

	/** A place of the territory chosen in the form: one the person may see, or a 404. */
	private Optional<PlaceRef> chosenPlace(Membership membership, String placeId) {
		if (placeId.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(this.places.find(membership, UUID.fromString(placeId.strip())).orElseThrow(NotFound::new));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
	}

	private static String position(PlaceRef place) {
		return String.format(java.util.Locale.ROOT, "%.6f, %.6f", place.latitude(), place.longitude());
	}

	private static String back(Page page, Membership membership, UUID alert) {
		return "redirect:" + page.href("/c/" + membership.collective() + "/alerts/" + alert);
	}

}
