package org.tejido.risk.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void aMeasureDueInMoreThanThreeDaysIsNotYetReminded() {
		assertThat(rule(TODAY.plusDays(4), MeasureStatus.PLANNED)).isEmpty();
		assertThat(rule(TODAY.plusMonths(2), MeasureStatus.IN_PROGRESS)).isEmpty();
	}

	@Test
	void aMeasureDueWithinThreeDaysIsComingSoon() {
		assertThat(rule(TODAY.plusDays(3), MeasureStatus.PLANNED)).contains(ReminderRule.SOON);
		assertThat(rule(TODAY.plusDays(1), MeasureStatus.IN_PROGRESS)).contains(ReminderRule.SOON);
	}

	@Test
	void aMeasureDueTodayOrLessThanAWeekAgoIsDue() {
		assertThat(rule(TODAY, MeasureStatus.PLANNED)).contains(ReminderRule.DUE);
		assertThat(rule(TODAY.minusDays(1), MeasureStatus.PLANNED)).contains(ReminderRule.DUE);
		assertThat(rule(TODAY.minusDays(6), MeasureStatus.IN_PROGRESS)).contains(ReminderRule.DUE);
	}

	@Test
	void aMeasureStillOpenAWeekAfterItsDateIsOverdue() {
		assertThat(rule(TODAY.minusDays(7), MeasureStatus.PLANNED)).contains(ReminderRule.OVERDUE);
		assertThat(rule(TODAY.minusDays(40), MeasureStatus.IN_PROGRESS)).contains(ReminderRule.OVERDUE);
	}

	@Test
	void measuresDoneDroppedOrWithoutADateAreNeverReminded() {
		for (LocalDate due : new LocalDate[] { TODAY.plusDays(2), TODAY, TODAY.minusDays(9) }) {
			assertThat(rule(due, MeasureStatus.DONE)).isEmpty();
			assertThat(rule(due, MeasureStatus.DROPPED)).isEmpty();
		}
		assertThat(ReminderRule.of(null, MeasureStatus.PLANNED, TODAY)).isEmpty();
	}

	@Test
	void theRemindersReadNoMeasureDueAfterTheHorizon() {
		LocalDate horizon = ReminderRule.horizon(TODAY);
		assertThat(rule(horizon, MeasureStatus.PLANNED)).isPresent();
		assertThat(rule(horizon.plusDays(1), MeasureStatus.PLANNED)).isEmpty();
	}

	private static Optional<ReminderRule> rule(LocalDate due, MeasureStatus status) {
		return ReminderRule.of(due, status, TODAY);
	}

}
