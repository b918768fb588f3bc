package org.tejido.reports.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tejido.site.Refused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnonymiserTests {

	private final Anonymiser threshold3 = new Anonymiser(3);

	@Test
	void countsBelowTheThresholdAreShownOnlyAsFewerThanIt() {
		assertThat(this.threshold3.count(0)).isEqualTo(Cell.exact(0));
		assertThat(this.threshold3.count(1).text()).isEqualTo("<3");
		assertThat(this.threshold3.count(2).text()).isEqualTo("<3");
		assertThat(this.threshold3.count(3).text()).isEqualTo("3");
		assertThat(new Anonymiser(1).count(1).text()).isEqualTo("1");
		assertThat(new Anonymiser(10).count(9).text()).isEqualTo("<10");
	}

	@Test
	void aThresholdOutsideOneToTenIsRefused() {
		assertThatThrownBy(() -> new Anonymiser(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Anonymiser(11)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void totalsAreMadeOfTheShownCellsSoTheyGiveNoSuppressedCountAway() {
		assertThat(this.threshold3.total(List.of(Cell.exact(3), Cell.exact(4))).text()).isEqualTo("7");
		assertThat(this.threshold3.total(List.of(Cell.exact(1), Cell.exact(1))).text()).isEqualTo("<3");
		Cell few = this.threshold3.count(1);
		assertThat(this.threshold3.total(List.of(Cell.exact(5), few)).text()).isEqualTo(">=6");
		assertThat(this.threshold3.total(List.of(few)).text()).isEqualTo("<3");
		assertThat(this.threshold3.total(List.of(few, few)).text()).isEqualTo("suppressed");
		assertThat(this.threshold3.total(List.of(few, few, few)).text()).isEqualTo(">=3");
		assertThat(this.threshold3.total(List.of()).text()).isEqualTo("0");
	}

	@Test
	void combinedCountsAreSuppressedAgainAtTheCombinedThreshold() {
		Anonymiser threshold5 = new Anonymiser(5);
		assertThat(threshold5.total(List.of(Cell.exact(3), Cell.exact(0))).text()).isEqualTo("<5");
		assertThat(threshold5.total(List.of(Cell.exact(3), Cell.exact(3))).text()).isEqualTo("6");
		assertThat(threshold5.total(List.of(new Cell(Cell.Kind.FEWER_THAN, 2), Cell.exact(1))).text()).isEqualTo("<5");
	}

	@Test
	void positionsAreRoundedToTheNearestMultipleOfThePrecision() {
		assertThat(Anonymiser.rounded(2.444812, Precision.TENTH).toPlainString()).isEqualTo("2.4");
		assertThat(Anonymiser.rounded(-76.614731, Precision.TENTH).toPlainString()).isEqualTo("-76.6");
		assertThat(Anonymiser.rounded(2.76, Precision.HALF).toPlainString()).isEqualTo("3.0");
		assertThat(Anonymiser.rounded(-76.614731, Precision.HALF).toPlainString()).isEqualTo("-76.5");
		assertThat(Anonymiser.rounded(-76.614731, Precision.DEGREE).toPlainString()).isEqualTo("-77");
		assertThat(Anonymiser.rounded(-0.04, Precision.TENTH).toPlainString()).isEqualTo("0.0");
		assertThat(Anonymiser.rounded(179.99, Precision.DEGREE).toPlainString()).isEqualTo("180");
		assertThatThrownBy(() -> Anonymiser.rounded(1, Precision.NONE)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void cellsReadBackWhatTheyWrite() {
		for (Cell cell : List.of(Cell.exact(0), Cell.exact(12), new Cell(Cell.Kind.FEWER_THAN, 3),
				new Cell(Cell.Kind.AT_LEAST, 7), new Cell(Cell.Kind.SUPPRESSED, 0))) {
			assertThat(Cell.parse(cell.text())).isEqualTo(cell);
		}
	}

	@Test
	void quickPeriodsAreTheCalendarMonthQuarterOrYearBeforeToday() {
		LocalDate today = LocalDate.of(2026, 5, 17);
		assertThat(form("last-month", "", "").checked(today)).extracting(ReportSpec::from, ReportSpec::to)
			.containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
		assertThat(form("last-quarter", "", "").checked(today)).extracting(ReportSpec::from, ReportSpec::to)
			.containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
		assertThat(form("last-quarter", "", "").checked(LocalDate.of(2026, 2, 1)))
			.extracting(ReportSpec::from, ReportSpec::to)
			.containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
		assertThat(form("last-year", "", "").checked(today)).extracting(ReportSpec::from, ReportSpec::to)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(form("custom", "2025-11-15", "2026-01-02").checked(today).months())
			.containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
	}

	@Test
	void badPeriodsPrecisionsAndThresholdsAreRefusedByName() {
		LocalDate today = LocalDate.of(2026, 5, 17);
		assertThat(refusal(form("custom", "2026-02-01", "2026-01-01"), today))
			.isEqualTo("reports.period.end-before-start");
		assertThat(refusal(form("custom", "2020-01-01", "2025-01-02"), today)).isEqualTo("reports.period.too-long");
		assertThat(refusal(form("custom", "2020-01-01", "nope"), today)).isEqualTo("reports.period.date-invalid");
		assertThat(refusal(form("fortnight", "", ""), today)).isEqualTo("reports.period.unknown");
		assertThat(refusal(new ReportForm("last-year", "", "", "0.01", "3", List.of()), today))
			.isEqualTo("reports.precision-unknown");
		assertThat(refusal(new ReportForm("last-year", "", "", "1", "11", List.of()), today))
			.isEqualTo("reports.threshold-out-of-range");
		assertThat(refusal(new ReportForm("last-year", "", "", "1", "0", List.of()), today))
			.isEqualTo("reports.threshold-out-of-range");
		assertThat(form("custom", "2020-01-01", "2025-01-01").checked(today).parts()).hasSize(Part.values().length);
		assertThat(new ReportForm("last-year", "", "", "none", "3", List.of("locations")).checked(today)
			.includes(Part.LOCATIONS)).isFalse();
		assertThat(Set.of(new ReportForm("last-year", "", "", "1", "3", List.of("alerts")).checked(today).parts()))
			.isNotEmpty();
	}

	private static ReportForm form(String period, String from, String to) {
		return new ReportForm(period, from, to, "0.1", "3", List.of());
	}

	private static String refusal(ReportForm form, LocalDate today) {
		try {
			form.checked(today);
			return "accepted";
		}
		catch (Refused refused) {
			return refused.messageKey();
		}
	}

}
