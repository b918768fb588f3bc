package org.tejido.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.tejido.site.Refused;
import org.tejido.site.NotFound;

/**
 * Turns every failure of a request into a clear answer with the right status.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

	private static final Log log = LogFactory.getLog(ErrorAdvice.class);

	private final ErrorResponses errors;

	ErrorAdvice(ErrorResponses errors) {
		this.errors = errors;
	}

	@ExceptionHandler({ NotFound.class, NoResourceFoundException.class })
	ResponseEntity<String> notFound(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.NOT_FOUND, "error.not-found");
	}

	@ExceptionHandler
	ResponseEntity<String> refused(Refused ex, HttpServletRequest request) {
		return this.errors.answer(request, ex.status(), ex.messageKey(), ex.args());
	}

	@ExceptionHandler
	ResponseEntity<String> refusedWithStatus(ResponseStatusException ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		status = (status != null) ? status : HttpStatus.BAD_REQUEST;
		return this.errors.answer(request, status, SiteErrorController.messageKeyFor(status));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			ServletRequestBindingException.class, HttpMessageNotReadableException.class,
			MissingServletRequestPartException.class })
	ResponseEntity<String> unreadableRequest(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.BAD_REQUEST, "error.bad-request");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<String> methodNotAllowed(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.method-not-allowed");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> unsupportedMediaType(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupported-media-type");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<String> notAcceptable(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.NOT_ACCEPTABLE, "error.not-acceptable");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<String> tooLarge(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.too-large");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<String> brokenUpload(HttpServletRequest request) {
		return this.errors.answer(request, HttpStatus.BAD_REQUEST, "error.broken-upload");
	}

	@ExceptionHandler
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Request failed: " + request.getMethod() + " " + request.getRequestURI(), ex);
		return this.errors.answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.server");
	}

}
