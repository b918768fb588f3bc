package org.tejido.messaging.kannel;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;

/**
 * Answers Kannel's delivery reports before any other filter: a fan-out to 10,000 brings
 * 20,000 of them within a minute, and the site's filters (sessions, security headers,
 * request observations, the security chain) and Spring MVC cost several times what
 * keeping a report does. The report is handled exactly as
 * {@link KannelCallbacks#delivery} does (secret checked, an empty answer); anything but a
 * GET goes on to the site.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DeliveryReportFilter {

	@Bean
	FilterRegistrationBean<Filter> kannelDeliveryReports(KannelCallbacks callbacks) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Answering(callbacks));
		registration.addUrlPatterns(Callbacks.DELIVERY);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("kannelDeliveryReports");
		return registration;
	}

	private record Answering(KannelCallbacks callbacks) implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)
					|| !"GET".equals(http.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			ResponseEntity<Void> result = this.callbacks.delivery(http);
			answer.setStatus(result.getStatusCode().value());
			result.getHeaders().forEach((name, values) -> values.forEach((value) -> answer.addHeader(name, value)));
			if (result.getHeaders().getContentLength() < 0) {
				answer.setContentLength(0);
			}
		}

	}

}
