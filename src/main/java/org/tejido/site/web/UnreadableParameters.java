package org.tejido.site.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters once, before anything else does, and answers 400 with
 * the light error page when they are not valid UTF-8 (or otherwise unreadable). Without
 * it the first code to ask for a parameter failed with a 500 and a long stack trace in
 * the log: a way for anyone to fill the disk that holds the database. The same goes for
 * an uploaded file name the server cannot accept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableParameters extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(UnreadableParameters.class);

	private static final String GATEWAY_CALLBACKS = "/sms/";

	private final ErrorResponses errors;

	UnreadableParameters(ErrorResponses errors) {
		this.errors = errors;
	}

	/**
	 * The SMS gateway's callbacks read their raw query themselves, in the charset the
	 * gateway names ({@code charset=UTF-16BE} for an SMS in UCS-2), which is not UTF-8.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(GATEWAY_CALLBACKS);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			if (!unreadable(ex, request)) {
				throw ex;
			}
			log.debug("Refused a request whose parameters cannot be read");
			refuse(new WithoutParameters(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Undecodable text in a query or form, or a file name the server's upload parser
	 * refuses (a NUL byte in it). Anything else an upload throws (its size) keeps its own
	 * answer.
	 */
	private static boolean unreadable(RuntimeException ex, HttpServletRequest request) {
		if ("InvalidFileNameException".equals(ex.getClass().getSimpleName())) {
			return true;
		}
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		return !upload && ex instanceof IllegalStateException;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ResponseEntity<String> answer = this.errors.answer(request, HttpStatus.BAD_REQUEST, "error.bad-request");
		response.setStatus(answer.getStatusCode().value());
		response.setContentType(String.valueOf(answer.getHeaders().getContentType()));
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(String.valueOf(answer.getBody()));
	}

	/** The request as the error page sees it: with no parameters at all. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

	}

}
