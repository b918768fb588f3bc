package org.tejido.evidence.bundle;

import java.time.Instant;
import java.util.List;

/**
 * The bundle's {@code summary.html}: what it holds, readable in any browser, without
 * script or anything from another host.
 */
final class SummaryPage {

	private final BundleTexts texts;

	SummaryPage(BundleTexts texts) {
		this.texts = texts;
	}

	String html(List<BundleItem> items, List<String> paths, Instant createdAt, String creator, String fingerprint) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(escaped(this.texts.lang()))
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(word("title"))
			.append("</title><style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}")
			.append("td,th{text-align:left;vertical-align:top;padding:.2em .5em}code{word-break:break-all}</style>")
			.append("</head><body>\n<h1>")
			.append(word("title"))
			.append("</h1>\n<p>")
			.append(word("created"))
			.append(": ")
			.append(createdAt)
			.append(' ')
			.append(word("by"))
			.append(' ')
			.append(escaped(creator))
			.append("</p>\n<p>")
			.append(word("key"))
			.append(": <code>")
			.append(fingerprint)
			.append("</code></p>\n<h2>")
			.append(word("items"))
			.append(" (")
			.append(items.size())
			.append(")</h2>\n");
		for (int i = 0; i < items.size(); i++) {
			item(html, items.get(i), paths.get(i));
		}
		return html.append("</body></html>\n").toString();
	}

	private void item(StringBuilder html, BundleItem item, String path) {
		html.append("<h3>").append(escaped(item.name())).append("</h3>\n<table>");
		row(html, "file", "<code>" + escaped(path) + "</code>");
		row(html, "sha256", "<code>" + item.sha256() + "</code>");
		row(html, "size", Long.toString(item.size()));
		row(html, "type", escaped(item.mediaType()));
		row(html, "received-at", item.receivedAt().toString());
		row(html, "submitter", escaped(item.submitter()));
		row(html, "notices", String.join(", ", item.notices().stream().map(this::word).toList()));
		html.append("</table>\n<h4>").append(word("custody")).append("</h4>\n<ol>");
		for (BundleItem.Custody entry : item.custody()) {
			html.append("<li>")
				.append(entry.at())
				.append(" · ")
				.append(word(entry.action()))
				.append(" · ")
				.append(escaped(entry.by()));
			if (entry.note() != null) {
				html.append(" · ").append(escaped(entry.note()));
			}
			html.append("</li>");
		}
		html.append("</ol>\n");
	}

	private void row(StringBuilder html, String key, String value) {
		html.append("<tr><th>").append(word(key)).append("</th><td>").append(value).append("</td></tr>");
	}

	private String word(String key) {
		return escaped(this.texts.word(key));
	}

	static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
