package org.tejido.training.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.site.Page;
import org.tejido.site.SpreadsheetCells;
import org.tejido.training.internal.EventCatalogue;
import org.tejido.training.internal.EventFormat;
import org.tejido.training.internal.FieldProblem;
import org.tejido.training.internal.Registration;
import org.tejido.training.internal.TrainingEvent;

/**
 * The organisers' side (curators for now): creating events, and seeing and exporting who
 * registered.
 */
@Controller
class EventAdminController {

	static final List<String> FIELDS = List.of("title", "description", "starts", "ends", "time_zone", "format", "link",
			"place", "organiser", "capacity", "registration", "languages", "resources");

	private final EventCatalogue catalogue;

	EventAdminController(EventCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/{lang}/curate/events/new")
	String blank(Page page, CsrfToken csrf, Model model) {
		return form(page, csrf, model, Map.of("time_zone", "America/Bogota", "registration", "on"), List.of());
	}

	@PostMapping("/{lang}/curate/events")
	String create(Page page, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		Map<String, String> fields = new LinkedHashMap<>();
		FIELDS.forEach((field) -> fields.put(field,
				String.valueOf(params.getFirst(field) == null ? "" : params.getFirst(field))));
		EventCatalogue.Created created = this.catalogue.create(fields);
		if (created.event() == null) {
			response.setStatus(422);
			return form(page, csrf, model, fields, created.problems());
		}
		return "redirect:" + page.href("/events/" + created.event().slug());
	}

	@GetMapping("/{lang}/curate/events/{slug}/registrations")
	String registrations(Page page, @PathVariable String slug, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		TrainingEvent event = this.catalogue.find(slug);
		model.addAttribute("page", page);
		model.addAttribute("event", event);
		model.addAttribute("registrations", this.catalogue.registrationsOf(event));
		return "training/registrations";
	}

	@GetMapping("/{lang}/curate/events/{slug}/registrations.csv")
	ResponseEntity<String> export(@PathVariable String slug) throws IOException {
		TrainingEvent event = this.catalogue.find(slug);
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.RFC4180.builder()
			.setHeader("name", "contact", "registered_at")
			.get()
			.print(out)) {
			for (Registration registration : this.catalogue.registrationsOf(event)) {
				csv.printRecord(SpreadsheetCells.safe(registration.name()),
						SpreadsheetCells.safe(registration.contact()), registration.registeredAt());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-registrations.csv\"")
			.body(out.toString());
	}

	private String form(Page page, CsrfToken csrf, Model model, Map<String, String> fields,
			List<FieldProblem> problems) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("fields", fields);
		model.addAttribute("formats", List.of(EventFormat.values()));
		model.addAttribute("zones", TimeZones.OFFERED);
		model.addAttribute("problems",
				problems.stream()
					.map((problem) -> page.t("event.field." + problem.field()) + ": "
							+ page.t(problem.messageKey(), problem.args().toArray()))
					.toList());
		return "training/new";
	}

}
