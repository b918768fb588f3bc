package org.tejido.library.contributions;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.tejido.library.LibrarySettings;
import org.tejido.library.catalogue.CatalogueRow;
import org.tejido.library.catalogue.Problem;
import org.tejido.library.catalogue.RowChecker;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.feedback.Feedback;
import org.tejido.library.files.FileInspector;
import org.tejido.library.needs.NeedBoard;
import org.tejido.library.files.FileStore;
import org.tejido.library.files.FileTooLarge;
import org.tejido.library.files.StoredFile;
import org.tejido.site.EmailAddresses;
import org.tejido.site.FormStamp;
import org.tejido.site.RateLimiter;

/**
 * Takes suggested resources into the moderation queue. Scripts are kept out without
 * anything a 2G phone must load: a field people never see, a minimum time to fill the
 * form, and a limit per client. A suggestion is checked like a catalogue row; a refused
 * one leaves nothing behind, on disk or in the database.
 */
@Service
public class SuggestionIntake {

	private final Contributions contributions;

	private final RowChecker checker;

	private final FileStore store;

	private final FileInspector inspector;

	private final FormStamp stamps;

	private final JsonMapper json;

	private final LibrarySettings settings;

	private final NeedBoard needs;

	private final Feedback feedback;

	private final Resources resources;

	private final RateLimiter perClient;

	private final Clock clock = Clock.systemUTC();

	SuggestionIntake(Contributions contributions, RowChecker checker, FileStore store, FileInspector inspector,
			FormStamp stamps, JsonMapper json, LibrarySettings settings, NeedBoard needs,
			@Value("${tejido.site.form-posts-per-client-per-hour:20}") int formPostsPerHour, Feedback feedback,
			Resources resources) {
		this.feedback = feedback;
		this.resources = resources;
		this.perClient = new RateLimiter(formPostsPerHour, Duration.ofHours(1));
		this.needs = needs;
		this.contributions = contributions;
		this.checker = checker;
		this.store = store;
		this.inspector = inspector;
		this.stamps = stamps;
		this.json = json;
		this.settings = settings;
	}

	public Intake take(Suggestion suggestion, String lang, String client) throws IOException {
		if (suggestion.honeypot() != null && !suggestion.honeypot().isBlank()) {
			return new Intake.Refused("suggest.refused");
		}
		FormStamp.Reading stamp = this.stamps.read(suggestion.stamp());
		switch (stamp.verdict()) {
			case TOO_FAST -> {
				return new Intake.Refused("suggest.too-fast");
			}
			case EXPIRED, INVALID -> {
				return new Intake.Refused("suggest.expired");
			}
			case GOOD -> {
			}
		}
		if (!this.perClient.tryAcquire(client)) {
			return new Intake.Throttled();
		}
		return checkAndKeep(suggestion, lang, stamp.nonce().orElseThrow());
	}

	private Intake checkAndKeep(Suggestion suggestion, String lang, String nonce) throws IOException {
		FileStore.Received received = receive(suggestion.file());
		try {
			List<Problem> problems = new ArrayList<>();
			String mediaType = (received != null) ? this.inspector.mediaTypeOf(received.path()) : null;
			if (mediaType != null && !this.inspector.isAllowed(mediaType)) {
				problems.add(new Problem("file", "import.file-type", List.of(suggestion.file().name(), mediaType)));
			}
			Map<String, String> fields = fieldsOf(suggestion, lang);
			problems.addAll(switch (suggestion.kind()) {
				case RESOURCE, PRACTICE -> this.checker.check(new CatalogueRow(1, fields)).problems();
				case NEED -> this.needs.checkNeed(fields);
				case ANSWER -> this.needs.checkAnswer(fields);
				case COMMENT -> this.feedback.checkComment(fields,
						this.resources.findBySlug(fields.getOrDefault("resource_slug", "")).isPresent());
			});
			String contact = contactOf(suggestion.contactEmail(), problems);
			if (!problems.isEmpty()) {
				discard(received);
				return new Intake.Invalid(problems);
			}
			StoredFile file = (received != null) ? keep(received, suggestion.file().name(), mediaType) : null;
			return save(suggestion, fields, lang, contact, file, nonce);
		}
		catch (IOException | RuntimeException ex) {
			discard(received);
			throw ex;
		}
	}

	private Intake save(Suggestion suggestion, Map<String, String> fields, String lang, @Nullable String contact,
			@Nullable StoredFile file, String nonce) {
		try {
			this.contributions.saveAndFlush(new Contribution(suggestion.kind(), this.json.writeValueAsString(fields),
					lang, contact, file, this.clock.instant(), nonce));
		}
		catch (DataIntegrityViolationException sameFormTwice) {
			// the nonce is unique: this form was already taken, once is enough
		}
		return new Intake.Accepted();
	}

	private Map<String, String> fieldsOf(Suggestion suggestion, String lang) {
		Map<String, String> fields = new LinkedHashMap<>();
		Suggestion.columns(suggestion.kind())
			.forEach((column) -> fields.put(column, suggestion.fields().getOrDefault(column, "")));
		fields.put("summary_language", lang);
		if (suggestion.kind() == Contribution.Kind.PRACTICE) {
			asPractice(fields, suggestion.fields(), lang);
		}
		if (suggestion.file() != null) {
			fields.put("files", suggestion.file().name());
		}
		return fields;
	}

	/**
	 * A practice is told in the language of the form; who and where are kept only when
	 * the community asked to be named, otherwise they are not stored at all.
	 */
	private static void asPractice(Map<String, String> fields, Map<String, String> typed, String lang) {
		fields.put("type_code", "practice");
		fields.put("language_codes", lang);
		fields.put("original_language", lang);
		String actions = fields.getOrDefault("story_actions", "");
		fields.put("summary", (actions.length() > 300) ? actions.substring(0, 299) + "…" : actions);
		if (!"on".equals(typed.get("name_us"))) {
			fields.put("story_community", "");
			fields.put("story_place", "");
		}
	}

	private static @Nullable String contactOf(@Nullable String email, List<Problem> problems) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String address = email.strip();
		if (!EmailAddresses.isPlausible(address)) {
			problems.add(new Problem("contact_email", "account.bad-email", List.of()));
		}
		return address;
	}

	private FileStore.@Nullable Received receive(Suggestion.@Nullable Upload upload) throws IOException {
		if (upload == null) {
			return null;
		}
		try {
			return this.store.receive(upload.content(), this.settings.maxFileSize().toBytes());
		}
		catch (FileTooLarge tooLarge) {
			throw tooLarge;
		}
	}

	private StoredFile keep(FileStore.Received received, String name, @Nullable String mediaType) {
		String type = (mediaType != null) ? mediaType : "application/octet-stream";
		String text = this.inspector.textOf(received.path(), type);
		this.store.keep(received);
		return new StoredFile(name, type, received.size(), received.sha256(), text, this.clock.instant());
	}

	private void discard(FileStore.@Nullable Received received) {
		if (received != null) {
			this.store.discard(received);
		}
	}

}
