package org.tejido.training.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.tejido.site.FormStamp;
import org.tejido.site.Page;
import org.tejido.site.RateLimiter;
import org.tejido.training.internal.EventCalendar;
import org.tejido.training.internal.EventCatalogue;
import org.tejido.training.internal.FieldProblem;
import org.tejido.training.internal.TrainingEvent;

/**
 * Trainings and webinars for readers: lists, one event in the time zone the reader picks,
 * registration, and calendar files.
 */
@Controller
class EventsController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EventCatalogue catalogue;

	private final EventViews views;

	private final EventCalendar calendar;

	private final FormStamp stamps;

	private final RateLimiter perClient;

	EventsController(EventCatalogue catalogue, EventViews views, EventCalendar calendar, FormStamp stamps,
			@Value("${tejido.site.form-posts-per-client-per-hour:20}") int formPostsPerHour) {
		this.perClient = new RateLimiter(formPostsPerHour, Duration.ofHours(1));
		this.catalogue = catalogue;
		this.views = views;
		this.calendar = calendar;
		this.stamps = stamps;
	}

	@GetMapping("/{lang}/events")
	String list(Page page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("upcoming", views(this.catalogue.upcoming(), page));
		model.addAttribute("past", views(this.catalogue.past(), page));
		return "training/list";
	}

	@GetMapping("/{lang}/events/{slug}")
	String event(Page page, @PathVariable String slug, @RequestParam(required = false) @Nullable String tz,
			@RequestParam(required = false) @Nullable String registered, CsrfToken csrf, Model model) {
		TrainingEvent event = this.catalogue.find(slug);
		return show(page, event, TimeZones.chosen(tz, event.timeZone()), csrf, model, registered != null, "", "",
				Optional.empty());
	}

	@PostMapping("/{lang}/events/{slug}/register")
	String register(Page page, @PathVariable String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String stamp,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response) {
		TrainingEvent event = this.catalogue.find(slug);
		FormStamp.Reading reading = this.stamps.read(stamp);
		Optional<FieldProblem> problem;
		if (reading.verdict() != FormStamp.Verdict.GOOD) {
			problem = Optional.of(new FieldProblem("form",
					(reading.verdict() == FormStamp.Verdict.TOO_FAST) ? "suggest.too-fast" : "suggest.expired",
					List.of()));
		}
		else if (!this.perClient.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			problem = Optional.of(new FieldProblem("form", "suggest.throttled", List.of()));
		}
		else {
			problem = this.catalogue.register(slug, name, contact, reading.nonce().orElseThrow());
		}
		if (problem.isEmpty()) {
			return "redirect:" + page.href("/events/" + slug + "?registered");
		}
		if (response.getStatus() != 429) {
			response.setStatus(422);
		}
		return show(page, event, event.timeZone(), csrf, model, false, name, contact, problem);
	}

	@GetMapping("/{lang}/events/{slug}.ics")
	ResponseEntity<String> eventCalendar(Page page, @PathVariable String slug) {
		return ics(this.calendar.of(List.of(this.catalogue.find(slug)), page.lang().code()), slug + ".ics");
	}

	@GetMapping("/{lang}/events.ics")
	ResponseEntity<String> feed(Page page) {
		return ics(this.calendar.of(this.catalogue.upcoming(), page.lang().code()), "tejido-events.ics");
	}

	private String show(Page page, TrainingEvent event, ZoneId zone, CsrfToken csrf, Model model, boolean registered,
			String name, String contact, Optional<FieldProblem> problem) {
		model.addAttribute("page", page);
		model.addAttribute("event", this.views.of(event, zone, page));
		model.addAttribute("zones", TimeZones.offeredWith(event.timeZone(), zone));
		model.addAttribute("chosenZone", zone.getId());
		model.addAttribute("csrf", csrf);
		model.addAttribute("stamp", this.stamps.issue());
		model.addAttribute("registered", registered);
		model.addAttribute("name", name);
		model.addAttribute("contact", contact);
		model.addAttribute("problem",
				problem.map((found) -> page.t(found.messageKey(), found.args().toArray())).orElse(null));
		return "training/event";
	}

	private List<EventView> views(List<TrainingEvent> events, Page page) {
		return events.stream().map((event) -> this.views.of(event, event.timeZone(), page)).toList();
	}

	private static ResponseEntity<String> ics(String body, String fileName) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
			.body(body);
	}

}
