package org.tejido.library.packs;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * An OPDS 1.2 acquisition feed (Atom) of the library in one language: one entry per
 * resource with its title, summary, languages, last change, its page and where to get it.
 * Links are written as given: absolute paths on the server, relative ones in a pack. The
 * server's feed is paged (links {@code first}, {@code previous}, {@code next},
 * {@code last}); a pack's is one document.
 */
public final class OpdsFeed {

	public static final String TYPE = "application/atom+xml;profile=opds-catalog;kind=acquisition";

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String DC = "http://purl.org/dc/terms/";

	static final String OPDS = "http://opds-spec.org/2010/catalog";

	/** Where an entry can be got: a file to download or, without one, its source. */
	public record Acquisition(String href, String type, @Nullable String title, @Nullable Long length,
			boolean openAccess) {
	}

	/** One resource of the feed. */
	public record Entry(String id, String title, @Nullable String summary, List<String> languages,
			@Nullable String publisher, @Nullable Integer year, Instant updated, String page,
			List<Acquisition> acquisitions) {
	}

	/**
	 * A link to another page of a paged feed ({@code first}, {@code previous},
	 * {@code next}, {@code last}, as in RFC 5005).
	 */
	public record PageLink(String rel, String href) {
	}

	/** The feed itself; {@code pages} is empty for a feed in one document. */
	public record Feed(String id, String title, String lang, String self, String start, String html,
			List<PageLink> pages, Instant updated, List<Entry> entries) {
	}

	private OpdsFeed() {
	}

	public static String xml(Feed feed) {
		try {
			StringWriter text = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeNamespace("dc", DC);
			xml.writeNamespace("opds", OPDS);
			xml.writeAttribute("xml:lang", feed.lang());
			element(xml, "id", feed.id());
			element(xml, "title", feed.title());
			element(xml, "updated", time(feed.updated()));
			xml.writeStartElement(ATOM, "author");
			element(xml, "name", "Tejido");
			xml.writeEndElement();
			link(xml, "self", feed.self(), TYPE, null, null);
			link(xml, "start", feed.start(), TYPE, null, null);
			link(xml, "alternate", feed.html(), "text/html", null, null);
			for (PageLink page : feed.pages()) {
				link(xml, page.rel(), page.href(), TYPE, null, null);
			}
			for (Entry entry : feed.entries()) {
				entry(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return text.toString() + "\n";
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
		xml.writeCharacters("\n");
		xml.writeStartElement(ATOM, "entry");
		element(xml, "id", entry.id());
		element(xml, "title", entry.title());
		element(xml, "updated", time(entry.updated()));
		if (entry.publisher() != null) {
			xml.writeStartElement(ATOM, "author");
			element(xml, "name", entry.publisher());
			xml.writeEndElement();
			xml.writeStartElement(DC, "publisher");
			xml.writeCharacters(entry.publisher());
			xml.writeEndElement();
		}
		for (String language : entry.languages()) {
			xml.writeStartElement(DC, "language");
			xml.writeCharacters(language);
			xml.writeEndElement();
		}
		if (entry.year() != null) {
			xml.writeStartElement(DC, "issued");
			xml.writeCharacters(String.valueOf(entry.year()));
			xml.writeEndElement();
		}
		if (entry.summary() != null) {
			xml.writeStartElement(ATOM, "summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(entry.summary());
			xml.writeEndElement();
		}
		link(xml, "alternate", entry.page(), "text/html", null, null);
		for (Acquisition acquisition : entry.acquisitions()) {
			link(xml,
					acquisition.openAccess() ? "http://opds-spec.org/acquisition/open-access"
							: "http://opds-spec.org/acquisition",
					acquisition.href(), acquisition.type(), acquisition.title(), acquisition.length());
		}
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type, @Nullable String title,
			@Nullable Long length) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
		if (title != null) {
			xml.writeAttribute("title", title);
		}
		if (length != null) {
			xml.writeAttribute("length", String.valueOf(length));
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(ATOM, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String time(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
