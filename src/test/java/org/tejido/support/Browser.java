package org.tejido.support;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps its cookies (also the Secure ones, as browsers do
 * on localhost), submits forms with their CSRF token, and does not follow redirects by
 * itself.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	private final Http http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String lastPage = "";

	private String userAgent;

	public Browser(Http http) {
		this.http = http;
	}

	/**
	 * The same person in another tab that happens to reach another server: a browser with
	 * this one's cookies, speaking to {@code http}.
	 */
	public Browser on(Http http) {
		Browser other = new Browser(http);
		other.cookies.putAll(this.cookies);
		other.userAgent = this.userAgent;
		return other;
	}

	/** Sends this User-Agent with every request from now on. */
	public Browser identifyingAs(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = this.http.get(path, headers());
		remember(response);
		this.lastPage = response.body();
		return response;
	}

	public HttpResponse<byte[]> getBytes(String path, String... extraHeaders) {
		List<String> headers = new ArrayList<>(List.of(headers()));
		headers.addAll(List.of(extraHeaders));
		return this.http.getBytes(path, headers.toArray(String[]::new));
	}

	/**
	 * Submits a form as a browser does: with the hidden fields of the last page read (its
	 * CSRF token among them).
	 */
	public HttpResponse<String> submit(String action, String... fields) {
		List<String> given = new ArrayList<>();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			given.add(fields[i]);
			pairs.add(encoded(fields[i]) + "=" + encoded(fields[i + 1]));
		}
		Matcher hidden = HIDDEN.matcher(this.lastPage);
		while (hidden.find()) {
			if (!given.contains(hidden.group(1))) {
				pairs.add(encoded(hidden.group(1)) + "=" + encoded(hidden.group(2)));
			}
		}
		return post(action, String.join("&", pairs));
	}

	/**
	 * Submits a form, as {@link #submit}, whose answer is a file (a download); repeat a
	 * field to send it several times.
	 */
	public HttpResponse<byte[]> submitForBytes(String action, String... fields) {
		List<String> given = new ArrayList<>();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			given.add(fields[i]);
			pairs.add(encoded(fields[i]) + "=" + encoded(fields[i + 1]));
		}
		Matcher hidden = HIDDEN.matcher(this.lastPage);
		while (hidden.find()) {
			if (!given.contains(hidden.group(1))) {
				given.add(hidden.group(1));
				pairs.add(encoded(hidden.group(1)) + "=" + encoded(hidden.group(2)));
			}
		}
		List<String> headers = new ArrayList<>(List.of(headers()));
		headers.add("Content-Type");
		headers.add("application/x-www-form-urlencoded");
		return this.http.postForBytes(action, String.join("&", pairs).getBytes(StandardCharsets.UTF_8),
				headers.toArray(String[]::new));
	}

	/**
	 * Submits a file-upload form: text fields (repeatable) and one file, with the last
	 * page's CSRF token.
	 */
	public HttpResponse<String> submitMultipart(String action, List<String[]> fields, String fileName, byte[] file) {
		String boundary = "----tejido" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		List<String[]> all = new ArrayList<>(fields);
		Matcher hidden = HIDDEN.matcher(this.lastPage);
		while (hidden.find()) {
			String name = hidden.group(1);
			if (fields.stream().noneMatch((field) -> field[0].equals(name))) {
				all.add(new String[] { name, hidden.group(2) });
			}
		}
		for (String[] field : all) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (fileName != null) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
							+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		List<String> headers = new ArrayList<>(List.of(headers()));
		headers.add("Content-Type");
		headers.add("multipart/form-data; boundary=" + boundary);
		HttpResponse<String> response = this.http.post(action, body.toByteArray(), headers.toArray(String[]::new));
		remember(response);
		this.lastPage = response.body();
		return response;
	}

	/**
	 * Submits the form of the last page whose action is {@code action} with everything it
	 * holds, as a browser does: inputs, checked boxes, text areas and selected options.
	 */
	public HttpResponse<String> submitAll(String action) {
		Matcher form = Pattern.compile("(?s)<form[^>]*action=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>")
			.matcher(this.lastPage);
		if (!form.find()) {
			throw new IllegalStateException("no form for " + action + " on the last page");
		}
		String body = form.group(1);
		List<String> pairs = new ArrayList<>();
		Matcher inputs = Pattern.compile("<input([^>]*)>").matcher(body);
		while (inputs.find()) {
			String attributes = inputs.group(1);
			String name = attribute(attributes, "name");
			boolean box = attributes.contains("type=\"checkbox\"");
			if (name != null && (!box || attributes.contains(" checked"))) {
				String value = attribute(attributes, "value");
				pairs.add(encoded(name) + "=" + encoded(value != null ? value : (box ? "on" : "")));
			}
		}
		Matcher areas = Pattern.compile("(?s)<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>").matcher(body);
		while (areas.find()) {
			pairs.add(encoded(areas.group(1)) + "=" + encoded(unescaped(areas.group(2))));
		}
		Matcher selects = Pattern.compile("(?s)<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>").matcher(body);
		while (selects.find()) {
			Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
			pairs.add(encoded(selects.group(1)) + "=" + encoded(chosen.find() ? unescaped(chosen.group(1)) : ""));
		}
		return post(action, String.join("&", pairs));
	}

	private static String attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? unescaped(matcher.group(1)) : null;
	}

	private static String unescaped(String html) {
		return html.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#34;", "\"")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
	}

	public HttpResponse<String> post(String action, String body) {
		List<String> headers = new ArrayList<>(List.of(headers()));
		headers.add("Content-Type");
		headers.add("application/x-www-form-urlencoded");
		HttpResponse<String> response = this.http.post(action, body.getBytes(StandardCharsets.UTF_8),
				headers.toArray(String[]::new));
		remember(response);
		this.lastPage = response.body();
		return response;
	}

	public String lastPage() {
		return this.lastPage;
	}

	public boolean hasCookies() {
		return !this.cookies.isEmpty();
	}

	/** The value of a cookie this browser keeps, or {@code null}. */
	public String cookie(String name) {
		return this.cookies.get(name);
	}

	private String[] headers() {
		List<String> headers = new ArrayList<>();
		if (this.userAgent != null) {
			headers.add("User-Agent");
			headers.add(this.userAgent);
		}
		if (!this.cookies.isEmpty()) {
			headers.add("Cookie");
			headers.add(this.cookies.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.collect(Collectors.joining("; ")));
		}
		return headers.toArray(String[]::new);
	}

	private void remember(HttpResponse<String> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			String[] pair = header.split(";", 2)[0].split("=", 2);
			if (pair.length == 2 && header.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(pair[0]);
			}
			else if (pair.length == 2) {
				this.cookies.put(pair[0], pair[1]);
			}
		}
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
