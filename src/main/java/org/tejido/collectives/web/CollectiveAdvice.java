package org.tejido.collectives.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

import org.tejido.site.Lang;

/**
 * Sends a coordinator who has no second factor yet to set it up.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CollectiveAdvice {

	@ExceptionHandler(CollectiveGate.TwoFactorNeeded.class)
	ResponseEntity<Void> setUpTwoFactor(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String lang = Lang.fromCode((variables != null) ? variables.getOrDefault("lang", "") : "")
			.orElse(Lang.FALLBACK)
			.code();
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, "/" + lang + "/account/two-factor")
			.build();
	}

}
