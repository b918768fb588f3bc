package org.tejido.messaging.kannel;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Answers Kannel's delivery reports before any other filter: a fan-out to 10,000 brings
 * 20,000 of them within a minute, and the site's filters (sessions, security headers,
 * request observations, the security chain) and Spring MVC cost several times what
 * keeping a report does. The report is handled by {@link KannelCallbacks#delivery}
 * (secret checked, an empty answer once it is kept); while it waits to be written with
 * others, the request's thread goes back to its pool, so that a few threads answer
 * thousands of reports (see {@link ReportConnector}). At most {@link #MAX_WAITING}
 * reports wait so; past that, a report holds its thread until it is kept, so that Kannel
 * sending faster than reports are written (its backlog after a restart) slows down
 * instead of filling the memory with waiting requests. Anything but a GET goes on to the
 * site.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DeliveryReportFilter {

	/** Longer than a report may wait for its batch and then be written on its own. */
	static final long ANSWER_WITHIN_MS = 75_000;

	/**
	 * Reports waiting to be kept without holding a thread: a batch's worth and a half.
	 */
	static final int MAX_WAITING = 256;

	@Bean
	FilterRegistrationBean<Filter> kannelDeliveryReports(KannelCallbacks callbacks) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Answering(callbacks));
		registration.addUrlPatterns(Callbacks.DELIVERY);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setAsyncSupported(true);
		registration.setName("kannelDeliveryReports");
		return registration;
	}

	private static final class Answering implements Filter {

		private final KannelCallbacks callbacks;

		private final AtomicInteger waiting = new AtomicInteger();

		Answering(KannelCallbacks callbacks) {
			this.callbacks = callbacks;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)
					|| !"GET".equals(http.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			CompletableFuture<ResponseEntity<Void>> kept = this.callbacks.delivery(http);
			if (kept.isDone()) {
				write(kept.join(), answer);
				return;
			}
			if (this.waiting.incrementAndGet() > MAX_WAITING) {
				this.waiting.decrementAndGet();
				write(kept.join(), answer);
				return;
			}
			kept.whenComplete((result, failure) -> this.waiting.decrementAndGet());
			answerWhenKept(http.startAsync(), kept, answer);
		}

		private static void answerWhenKept(AsyncContext async, CompletableFuture<ResponseEntity<Void>> kept,
				HttpServletResponse answer) {
			AtomicBoolean answered = new AtomicBoolean();
			async.setTimeout(ANSWER_WITHIN_MS);
			async.addListener(new AsyncListener() {

				@Override
				public void onTimeout(AsyncEvent event) {
					finish(async, answered, answer, ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build());
				}

				@Override
				public void onError(AsyncEvent event) {
					answered.set(true);
				}

				@Override
				public void onComplete(AsyncEvent event) {
				}

				@Override
				public void onStartAsync(AsyncEvent event) {
				}

			});
			kept.whenComplete((result, failure) -> finish(async, answered, answer,
					(result != null) ? result : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build()));
		}

		private static void finish(AsyncContext async, AtomicBoolean answered, HttpServletResponse answer,
				ResponseEntity<Void> result) {
			if (answered.compareAndSet(false, true)) {
				write(result, answer);
				async.complete();
			}
		}

		private static void write(ResponseEntity<Void> result, HttpServletResponse answer) {
			answer.setStatus(result.getStatusCode().value());
			result.getHeaders().forEach((name, values) -> values.forEach((value) -> answer.addHeader(name, value)));
			if (result.getHeaders().getContentLength() < 0) {
				answer.setContentLength(0);
			}
		}

	}

}
