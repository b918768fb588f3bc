package org.tejido.messaging.kannel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.tejido.messaging.MessagingSettings;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryReportFilterTests {

	private final List<CompletableFuture<ResponseEntity<Void>>> reports = new ArrayList<>();

	private final Filter filter = new DeliveryReportFilter().kannelDeliveryReports(new KeptLater()).getFilter();

	@Test
	void aReportIsAnsweredOnlyOnceItIsKeptWithoutHoldingItsThreadMeanwhile() throws Exception {
		MockHttpServletRequest request = report();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(request.isAsyncStarted()).as("the thread went back, the answer waits").isTrue();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Length")).as("nothing answered yet").isNull();
		this.reports.get(0).complete(ResponseEntity.ok().build());
		assertThat(response.getContentLength()).isZero();
		assertThat(request.isAsyncStarted()).as("answered").isFalse();
	}

	@Test
	void aReportThatCouldNotBeKeptIsAnsweredWith503ForKannelToTryAgain() throws Exception {
		MockHttpServletRequest request = report();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		this.reports.get(0).complete(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build());
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(request.isAsyncStarted()).isFalse();
	}

	@Test
	void pastTheWaitingLimitAReportHoldsItsThreadUntilItIsKept() throws Exception {
		for (int i = 0; i < DeliveryReportFilter.MAX_WAITING; i++) {
			MockHttpServletRequest request = report();
			this.filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
			assertThat(request.isAsyncStarted()).isTrue();
		}
		MockHttpServletRequest onePast = report();
		MockHttpServletResponse itsAnswer = new MockHttpServletResponse();
		try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
			Future<?> held = thread.submit(() -> {
				this.filter.doFilter(onePast, itsAnswer, new MockFilterChain());
				return null;
			});
			waitForReports(DeliveryReportFilter.MAX_WAITING + 1);
			assertThat(held).as("held until kept").isNotDone();
			this.reports.get(DeliveryReportFilter.MAX_WAITING).complete(ResponseEntity.ok().build());
			held.get(10, TimeUnit.SECONDS);
		}
		assertThat(onePast.isAsyncStarted()).isFalse();
		assertThat(itsAnswer.getStatus()).isEqualTo(200);
		this.reports.get(0).complete(ResponseEntity.ok().build());
		MockHttpServletRequest afterOneWasKept = report();
		this.filter.doFilter(afterOneWasKept, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(afterOneWasKept.isAsyncStarted()).as("a place freed once a waiting report was kept").isTrue();
	}

	private void waitForReports(int count) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (size() < count && System.nanoTime() < until) {
			Thread.sleep(5);
		}
		Thread.sleep(50);
	}

	private int size() {
		synchronized (this.reports) {
			return this.reports.size();
		}
	}

	private static MockHttpServletRequest report() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", Callbacks.DELIVERY);
		request.setAsyncSupported(true);
		return request;
	}

	/** Kannel's callbacks, whose reports are kept when the test says so. */
	private final class KeptLater extends KannelCallbacks {

		KeptLater() {
			super(null, null, null, new MessagingSettings("secret", "", 10, Duration.ofSeconds(5),
					Duration.ofMinutes(15), 10, Duration.ofSeconds(60), Duration.ofSeconds(10), 8, 0, "127.0.0.1", 2));
		}

		@Override
		CompletableFuture<ResponseEntity<Void>> delivery(HttpServletRequest request) {
			CompletableFuture<ResponseEntity<Void>> kept = new CompletableFuture<>();
			synchronized (DeliveryReportFilterTests.this.reports) {
				DeliveryReportFilterTests.this.reports.add(kept);
			}
			return kept;
		}

	}

}
