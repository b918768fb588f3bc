package org.tejido.library.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.tejido.library.LibrarySmsSettings;
import org.tejido.library.catalogue.Resource;
import org.tejido.library.catalogue.ResourceFile;
import org.tejido.library.catalogue.Resources;
import org.tejido.library.files.Sizes;
import org.tejido.library.search.LibrarySearch;
import org.tejido.library.search.SearchQuery;
import org.tejido.library.search.SearchResults;
import org.tejido.messaging.Channel;
import org.tejido.messaging.CoalitionLine;
import org.tejido.messaging.CoalitionSmsReceived;
import org.tejido.messaging.Outbox;
import org.tejido.messaging.Outgoing;

/**
 * Answers SMS to the coalition's number: {@code FIND} searches the library in the
 * keyword's language, {@code MORE} pages on, {@code GET} gives a resource's summary,
 * {@code SEND} e-mails its files (attached up to a weight, linked beyond it),
 * {@code HELP} and anything else list the commands. Each text gets one reply, queued on
 * the outbox under the received message's id (so a message handled twice is answered
 * once); the text and the sender are then erased. Only a number's last search is kept,
 * sealed, for a while, so that {@code MORE} can page on.
 */
@Component
class LibraryBySms {

	private static final String FALLBACK_LANG = "en";

	private final CoalitionLine line;

	private final Outbox outbox;

	private final LibrarySearch search;

	private final Resources resources;

	private final LibrarySmsSettings settings;

	private final SmsReplies replies;

	private final String siteUrl;

	LibraryBySms(CoalitionLine line, Outbox outbox, LibrarySearch search, Resources resources,
			LibrarySmsSettings settings, MessageSource messages,
			@Value("${tejido.site-url:http://localhost:8080}") String siteUrl) {
		this.line = line;
		this.outbox = outbox;
		this.search = search;
		this.resources = resources;
		this.settings = settings;
		this.replies = new SmsReplies(messages);
		this.siteUrl = siteUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(CoalitionSmsReceived received) {
		this.line.read(received.id()).ifPresent((sms) -> {
			List<Outgoing> out = new ArrayList<>();
			String reply = answer(sms.id(), sms.from(), SmsKeywords.parse(sms.text()), out);
			out.addFirst(new Outgoing("library:sms:" + sms.id() + ":reply", null, null, Channel.SMS, sms.from(), null,
					reply));
			this.outbox.queue(out);
			this.line.forget(sms.id());
		});
	}

	private String answer(UUID id, String from, SmsCommand command, List<Outgoing> out) {
		String lang = (command.lang() != null) ? command.lang() : lastLang(from);
		return switch (command.kind()) {
			case FIND -> command.words().isBlank() ? this.replies.help(lang) : find(from, lang, command.words(), 1);
			case MORE -> more(from, lang, command.number());
			case GET -> (command.number() == null) ? this.replies.getUsage(lang) : get(lang, command.number());
			case SEND -> send(id, lang, command, out);
			case HELP, UNKNOWN -> this.replies.help(lang);
		};
	}

	private String find(String from, String lang, String words, int page) {
		int size = this.settings.resultsPerReply();
		SearchResults<Resource> results = this.search
			.search(new SearchQuery(words, lang, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, page, size));
		this.line.remember(from, new LastSearch(lang, page, words).written(), this.settings.rememberFor());
		if (results.total() == 0) {
			return this.replies.nothingFound(lang, words);
		}
		if (results.items().isEmpty()) {
			return this.replies.noMore(lang, results.pages());
		}
		List<SmsReplies.Line> lines = results.items()
			.stream()
			.map((resource) -> new SmsReplies.Line(resource.shortCode(), resource.titleIn(lang).text(),
					size(resource, lang)))
			.toList();
		return this.replies.found(lang, words, lines, page, results.pages(), results.total());
	}

	private String more(String from, String lang, @org.jspecify.annotations.Nullable Integer page) {
		Optional<LastSearch> last = this.line.recall(from).flatMap(LastSearch::read);
		if (last.isEmpty()) {
			return this.replies.noSearch(lang);
		}
		int next = (page != null) ? Math.max(1, page) : last.get().page() + 1;
		return find(from, lang, last.get().words(), next);
	}

	private String get(String lang, int code) {
		Optional<Resource> found = this.resources.findByShortCode(code);
		if (found.isEmpty()) {
			return this.replies.noResource(lang, code);
		}
		Resource resource = found.get();
		Resource.Localized summary = resource.summaryIn(lang);
		return this.replies.summary(lang, code, resource.titleIn(lang).text(), kind(resource, lang),
				size(resource, lang), (summary != null) ? summary.text() : "");
	}

	private String send(UUID id, String lang, SmsCommand command, List<Outgoing> out) {
		if (command.number() == null || command.email().isBlank()) {
			return this.replies.sendUsage(lang);
		}
		int code = command.number();
		if (!isEmail(command.email())) {
			return this.replies.badEmail(lang, command.email(), code);
		}
		Optional<Resource> found = this.resources.findByShortCode(code);
		if (found.isEmpty()) {
			return this.replies.noResource(lang, code);
		}
		Resource resource = found.get();
		out.add(mail(id, lang, resource, command.email().strip()));
		return this.replies.sending(lang, code, resource.titleIn(lang).text(), command.email().strip());
	}

	/**
	 * The e-mail with the resource's files: attached in order while they weigh no more
	 * than {@link LibrarySmsSettings#attachUpTo()} together, the rest as links.
	 */
	private Outgoing mail(UUID id, String lang, Resource resource, String email) {
		long room = this.settings.attachUpTo().toBytes();
		List<String> attached = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		String title = resource.titleIn(lang).text();
		Resource.Localized summary = resource.summaryIn(lang);
		body.append(title).append("\n\n");
		if (summary != null) {
			body.append(summary.text()).append("\n\n");
		}
		body.append(
				this.replies.t(lang, "smslibrary.mail.page", this.siteUrl + "/" + lang + "/library/" + resource.slug()))
			.append('\n');
		if (!resource.url().isBlank()) {
			body.append(this.replies.t(lang, "smslibrary.mail.original", resource.url())).append('\n');
		}
		for (ResourceFile file : resource.files()) {
			String size = Sizes.human(file.sizeBytes(), lang);
			if (file.sizeBytes() <= room) {
				room -= file.sizeBytes();
				attached.add(LibraryAttachments.reference(file));
				body.append(this.replies.t(lang, "smslibrary.mail.attached", file.fileName(), size)).append('\n');
			}
			else {
				body.append(this.replies.t(lang, "smslibrary.mail.linked", file.fileName(), size,
						this.siteUrl + LibraryAttachments.downloadPath(file)))
					.append('\n');
			}
		}
		body.append('\n').append(this.replies.t(lang, "smslibrary.mail.why"));
		return new Outgoing("library:sms:" + id + ":mail", null, null, Channel.EMAIL, email,
				this.replies.t(lang, "smslibrary.mail.subject", title, String.valueOf(resource.shortCode())),
				body.toString(), attached);
	}

	private String lastLang(String from) {
		return this.line.recall(from).flatMap(LastSearch::read).map(LastSearch::lang).orElse(FALLBACK_LANG);
	}

	/** The files' weight together, or that the resource is a link. */
	private String size(Resource resource, String lang) {
		long bytes = resource.files().stream().mapToLong(ResourceFile::sizeBytes).sum();
		return resource.files().isEmpty() ? this.replies.t(lang, "smslibrary.size.link") : Sizes.human(bytes, lang);
	}

	private String kind(Resource resource, String lang) {
		if (resource.files().isEmpty()) {
			return this.replies.t(lang, "smslibrary.kind.link");
		}
		String type = resource.files().getFirst().mediaType();
		return switch (type) {
			case "application/pdf" -> "PDF";
			case "text/plain" -> "TXT";
			case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
				"DOC";
			default -> type.substring(type.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
		};
	}

	static boolean isEmail(String email) {
		String address = email.strip();
		if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}")) {
			return false;
		}
		try {
			new InternetAddress(address, true).validate();
			return true;
		}
		catch (AddressException ex) {
			return false;
		}
	}

	/** A number's last search: its language, the page it reached and its words. */
	record LastSearch(String lang, int page, String words) {

		String written() {
			return this.lang + "\n" + this.page + "\n" + this.words;
		}

		static Optional<LastSearch> read(String written) {
			String[] parts = written.split("\n", 3);
			if (parts.length < 3 || !parts[1].matches("\\d{1,6}")) {
				return Optional.empty();
			}
			return Optional.of(new LastSearch(parts[0], Integer.parseInt(parts[1]), parts[2]));
		}

	}

}
