package org.tejido.reports.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A report as asked for in the form, before it is checked.
 *
 * @param period {@code custom}, {@code last-month}, {@code last-quarter} or
 * {@code last-year}
 * @param from the first day ({@code yyyy-MM-dd}) of a custom period
 * @param to its last day
 * @param precision a {@link Precision} code
 * @param threshold 1 to 10
 * @param include {@link Part} codes; none means every part
 */
public record ReportForm(String period, String from, String to, String precision, String threshold,
		List<String> include) {

	/** The longest period a report covers. */
	public static final int MOST_YEARS = 5;

	public static final List<String> PERIODS = List.of("last-month", "last-quarter", "last-year", "custom");

	public ReportForm {
		include = List.copyOf(include);
	}

	public static ReportForm blank() {
		return new ReportForm("last-quarter", "", "", Precision.TENTH.code(), "3", Part.codes());
	}

	public boolean includes(String part) {
		return this.include.isEmpty() || this.include.contains(part);
	}

	/**
	 * @param today the day the report is made (quick periods end before it)
	 * @throws Invalid naming the first problem
	 */
	public ReportSpec checked(LocalDate today) {
		LocalDate[] days = days(today);
		if (days[1].isBefore(days[0])) {
			throw new Invalid("reports.period.end-before-start");
		}
		if (days[0].plusYears(MOST_YEARS).isBefore(days[1])) {
			throw new Invalid("reports.period.too-long", MOST_YEARS);
		}
		Precision checkedPrecision = Precision.fromCode(this.precision);
		int checkedThreshold = checkedThreshold();
		Set<Part> parts = EnumSet.noneOf(Part.class);
		for (String code : this.include) {
			parts.add(Part.fromCode(code).orElseThrow(() -> new Invalid("reports.part-unknown")));
		}
		return new ReportSpec(days[0], days[1], checkedPrecision, checkedThreshold,
				parts.isEmpty() ? EnumSet.allOf(Part.class) : parts);
	}

	private LocalDate[] days(LocalDate today) {
		YearMonth thisMonth = YearMonth.from(today);
		return switch (this.period.strip()) {
			case "last-month" -> span(thisMonth.minusMonths(1), thisMonth.minusMonths(1));
			case "last-quarter" -> {
				YearMonth quarterStart = thisMonth.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
				yield span(quarterStart.minusMonths(3), quarterStart.minusMonths(1));
			}
			case "last-year" -> span(YearMonth.of(today.getYear() - 1, 1), YearMonth.of(today.getYear() - 1, 12));
			case "custom", "" -> new LocalDate[] { day(this.from), day(this.to) };
			default -> throw new Invalid("reports.period.unknown");
		};
	}

	private static LocalDate[] span(YearMonth first, YearMonth last) {
		return new LocalDate[] { first.atDay(1), last.atEndOfMonth() };
	}

	private static LocalDate day(String typed) {
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("reports.period.date-invalid");
		}
	}

	private int checkedThreshold() {
		try {
			int value = Integer.parseInt(this.threshold.strip());
			if (value >= Anonymiser.LOWEST && value <= Anonymiser.HIGHEST) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Invalid("reports.threshold-out-of-range", Anonymiser.LOWEST, Anonymiser.HIGHEST);
	}

	/**
	 * A day as a date field may show it again: itself when it is one, else nothing (a
	 * date field cannot hold anything else).
	 */
	public static String shownDay(String typed) {
		try {
			return LocalDate.parse(typed.strip()).toString();
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	/** The form as a query string, to link the preview and the CSV to it. */
	public String query() {
		List<String> pairs = new ArrayList<>();
		pairs.add("period=" + encoded(this.period));
		pairs.add("from=" + encoded(this.from));
		pairs.add("to=" + encoded(this.to));
		pairs.add("precision=" + encoded(this.precision));
		pairs.add("threshold=" + encoded(this.threshold));
		this.include.forEach((part) -> pairs.add("include=" + encoded(part)));
		return String.join("&", pairs);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
