package org.tejido.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside a controller (by the server itself or a filter) get the same
 * pages.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final ErrorResponses errors;

	SiteErrorController(ErrorResponses errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	ResponseEntity<String> error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		return this.errors.answer(request, status, messageKeyFor(status));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String messageKeyFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.not-found";
			case BAD_REQUEST -> "error.bad-request";
			case METHOD_NOT_ALLOWED -> "error.method-not-allowed";
			case CONTENT_TOO_LARGE -> "error.too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "error.unsupported-media-type";
			case UNAUTHORIZED -> "error.unauthorized";
			default -> status.is4xxClientError() ? "error.bad-request" : "error.server";
		};
	}

}
