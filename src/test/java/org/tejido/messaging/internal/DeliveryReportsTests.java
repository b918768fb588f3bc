package org.tejido.messaging.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tejido.messaging.DeliveryStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryReportsTests {

	private final UUID first = UUID.randomUUID();

	private final UUID second = UUID.randomUUID();

	@Test
	void ofTwoReportsAboutOneMessageTheOneThatMovesItFurthestIsKeptWhicheverCameFirst() {
		List<DeliveryReports.Report> kept = DeliveryReports.furthestOfEach(
				List.of(report(this.first, DeliveryStatus.SUBMITTED), report(this.second, DeliveryStatus.DELIVERED),
						report(this.first, DeliveryStatus.DELIVERED), report(this.second, DeliveryStatus.SUBMITTED)));
		assertThat(kept).containsExactly(report(this.first, DeliveryStatus.DELIVERED),
				report(this.second, DeliveryStatus.DELIVERED));
	}

	@Test
	void theFirstFinalReportStandsAndReportsAboutOtherMessagesAreAllKept() {
		DeliveryReports.Report failed = new DeliveryReports.Report(this.first, DeliveryStatus.FAILED,
				"delivery report 16");
		List<DeliveryReports.Report> kept = DeliveryReports
			.furthestOfEach(List.of(report(this.first, DeliveryStatus.ACCEPTED), failed,
					report(this.first, DeliveryStatus.DELIVERED), report(this.second, DeliveryStatus.ACCEPTED)));
		assertThat(kept).containsExactly(failed, report(this.second, DeliveryStatus.ACCEPTED));
	}

	private static DeliveryReports.Report report(UUID message, DeliveryStatus to) {
		return new DeliveryReports.Report(message, to, null);
	}

}
