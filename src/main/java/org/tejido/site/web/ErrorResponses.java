package org.tejido.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.tejido.site.Page;

/**
 * Answers a failed request in the reader's language: a light error page, or a JSON error
 * under {@code /api/}. Never a stack trace.
 */
@Component
class ErrorResponses {

	private final TemplateEngine templates;

	private final Pages pages;

	private final JsonMapper json;

	ErrorResponses(TemplateEngine templates, Pages pages, JsonMapper json) {
		this.templates = templates;
		this.pages = pages;
		this.json = json;
	}

	ResponseEntity<String> answer(HttpServletRequest request, HttpStatus status, String messageKey, Object... args) {
		String uri = originalUri(request);
		Page page = this.pages.forAnyRequest(request, uri);
		String message = page.t(messageKey, args);
		if (uri.startsWith("/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_LANGUAGE, page.lang().code())
				.body(jsonError(status, message));
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.TEXT_HTML)
			.header(HttpHeaders.CONTENT_LANGUAGE, page.lang().code())
			.body(errorPage(page, status, message));
	}

	private String jsonError(HttpStatus status, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("message", message);
		return this.json.writeValueAsString(body);
	}

	private String errorPage(Page page, HttpStatus status, String message) {
		StringOutput output = new StringOutput();
		this.templates.render("site/error.jte", Map.of("page", page, "status", status.value(), "message", message),
				output);
		return output.toString();
	}

	private static String originalUri(HttpServletRequest request) {
		Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (forwarded instanceof String uri) ? uri : request.getRequestURI();
	}

}
