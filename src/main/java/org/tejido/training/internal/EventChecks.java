package org.tejido.training.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.tejido.library.ResourceLinks;

/**
 * Checks an organiser's event form field by field.
 */
final class EventChecks {

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private final Map<String, String> fields;

	private final ResourceLinks library;

	private final List<FieldProblem> problems = new ArrayList<>();

	EventChecks(Map<String, String> fields, ResourceLinks library) {
		this.fields = fields;
		this.library = library;
	}

	/** The draft, or {@code null} with {@link #problems()} saying why. */
	@Nullable EventDraft draft() {
		String title = text("title", 300, true);
		String description = text("description", 4000, false);
		ZoneId zone = zone();
		Instant starts = time("starts", zone);
		Instant ends = time("ends", zone);
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			this.problems.add(FieldProblem.of("ends", "event.ends-before-start"));
		}
		EventFormat format = format();
		String link = text("link", 1000, format == EventFormat.ONLINE);
		if (!link.isEmpty() && !isWebAddress(link)) {
			this.problems.add(FieldProblem.of("link", "import.bad-url", link));
		}
		String place = text("place", 300, format == EventFormat.IN_PERSON || format == EventFormat.RADIO);
		String organiser = text("organiser", 300, true);
		Integer capacity = capacity();
		Set<String> languages = languages();
		List<String> resources = resources();
		if (!this.problems.isEmpty() || zone == null || starts == null || ends == null || format == null) {
			return null;
		}
		return new EventDraft(title, description, starts, ends, zone, format, blankToNull(link), blankToNull(place),
				organiser, capacity, "on".equals(this.fields.get("registration")), languages, resources);
	}

	List<FieldProblem> problems() {
		return List.copyOf(this.problems);
	}

	private String text(String field, int max, boolean required) {
		String value = this.fields.getOrDefault(field, "").strip();
		if (required && value.isEmpty()) {
			this.problems.add(FieldProblem.of(field, "import.required"));
		}
		else if (value.length() > max) {
			this.problems.add(FieldProblem.of(field, "import.too-long", max));
		}
		return value;
	}

	private @Nullable ZoneId zone() {
		String value = this.fields.getOrDefault("time_zone", "").strip();
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			this.problems.add(FieldProblem.of("time_zone", "event.bad-zone", value));
			return null;
		}
	}

	private @Nullable Instant time(String field, @Nullable ZoneId zone) {
		String value = this.fields.getOrDefault(field, "").strip();
		try {
			LocalDateTime local = LocalDateTime.parse(value);
			return (zone != null) ? local.atZone(zone).toInstant() : null;
		}
		catch (DateTimeParseException ex) {
			this.problems.add(FieldProblem.of(field, "event.bad-time", value));
			return null;
		}
	}

	private @Nullable EventFormat format() {
		try {
			return EventFormat.valueOf(this.fields.getOrDefault("format", "").strip());
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(FieldProblem.of("format", "import.required"));
			return null;
		}
	}

	private @Nullable Integer capacity() {
		String value = this.fields.getOrDefault("capacity", "").strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			int capacity = Integer.parseInt(value);
			if (capacity >= 1 && capacity <= 100_000) {
				return capacity;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		this.problems.add(FieldProblem.of("capacity", "event.bad-capacity", value));
		return null;
	}

	private Set<String> languages() {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : this.fields.getOrDefault("languages", "").split("[\\s,;]+")) {
			String lower = code.strip().toLowerCase(Locale.ROOT);
			if (lower.isEmpty()) {
				continue;
			}
			if (!ISO_LANGUAGES.contains(lower)) {
				this.problems.add(FieldProblem.of("languages", "import.unknown-code", code));
			}
			codes.add(lower);
		}
		if (codes.isEmpty()) {
			this.problems.add(FieldProblem.of("languages", "import.required"));
		}
		return codes;
	}

	private List<String> resources() {
		List<String> slugs = new ArrayList<>();
		for (String slug : this.fields.getOrDefault("resources", "").split("[\\s,;]+")) {
			if (slug.isBlank()) {
				continue;
			}
			if (this.library.find(slug.strip(), "en").isEmpty()) {
				this.problems.add(FieldProblem.of("resources", "event.unknown-resource", slug));
			}
			slugs.add(slug.strip());
		}
		return slugs;
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return uri.getHost() != null && Set.of("http", "https").contains(String.valueOf(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
