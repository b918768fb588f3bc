package org.tejido.risk.capacities.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class LineChartTests {

	private static final List<String> LEVELS = List.of("not yet", "a little", "mostly", "fully");

	private static final Pattern POINTS = Pattern.compile("<polyline[^>]* points=\"([^\"]*)\"");

	private static final Pattern TEXTS = Pattern.compile("<text x=\"(\\d+)\" y=\"(\\d+)\">([^<]*)</text>");

	@Test
	void placesDatesInProportionToTheTimeBetweenThem() {
		LocalDate first = LocalDate.of(2026, 1, 1);
		LineChart chart = chart(List.of(first, first.plusDays(30), first.plusDays(120)), 5);
		TimeScale times = chart.times();
		assertThat(times.x(first)).isEqualTo(chart.left());
		assertThat(times.x(first.plusDays(120))).isEqualTo(LineChart.RIGHT);
		assertThat(times.x(first.plusDays(30))).isCloseTo(chart.left() + (LineChart.RIGHT - chart.left()) / 4,
				within(0.001));
	}

	@Test
	void standsASingleCheckInTheMiddle() {
		LineChart chart = chart(List.of(LocalDate.of(2026, 3, 5)), 5);
		assertThat(chart.times().x(LocalDate.of(2026, 3, 5))).isEqualTo((chart.left() + LineChart.RIGHT) / 2);
		assertThat(xs(chart.svg())).hasSize(1);
	}

	@Test
	void putsTheLowestScoreAtTheBottomAndTheHighestAtTheTop() {
		LineChart chart = chart(List.of(LocalDate.of(2026, 3, 5)), 5);
		assertThat(chart.scale().y(1)).isEqualTo(LineChart.BOTTOM);
		assertThat(chart.scale().y(4)).isEqualTo(LineChart.TOP);
		assertThat(chart.scale().y(2.5)).isEqualTo((LineChart.TOP + LineChart.BOTTOM) / 2);
	}

	@Test
	void spreadsLinesOfTheSameScoreAroundIt() {
		List<Line> same = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			same.add(new Line("Line " + i, List.of(2)));
		}
		LineChart chart = new LineChart(text(), "Score", "Date", 1, LEVELS, List.of(LocalDate.of(2026, 3, 5)), same);
		double level = chart.scale().y(2);
		List<Double> ys = new ArrayList<>();
		for (int line = 0; line < 5; line++) {
			ys.add(chart.point(line, 0)[1]);
		}
		assertThat(ys).containsExactly(level - 2 * LineChart.SPREAD, level - LineChart.SPREAD, level,
				level + LineChart.SPREAD, level + 2 * LineChart.SPREAD);
	}

	@Test
	void drawsOneSeriesPerLineWithAPointPerDate() {
		LocalDate today = LocalDate.of(2026, 6, 1);
		String svg = chart(List.of(today.minusMonths(3), today), 5).svg();
		assertThat(svg.split("<g class=\"series\"", -1)).hasSize(6);
		Matcher points = POINTS.matcher(svg);
		int series = 0;
		while (points.find()) {
			assertThat(points.group(1).split(" ")).hasSize(2);
			series++;
		}
		assertThat(series).isEqualTo(5);
		assertThat(xs(svg)).hasSize(2);
	}

	@Test
	void tellsLinesApartByDashAndMarkerAsWellAsColour() {
		String svg = chart(List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 6, 5)), 5).svg();
		Set<String> dashes = new TreeSet<>();
		Matcher dash = Pattern.compile("<polyline[^>]*?(?: stroke-dasharray=\"([^\"]*)\")? points").matcher(svg);
		while (dash.find()) {
			dashes.add(String.valueOf(dash.group(1)));
		}
		assertThat(dashes).hasSize(5);
		assertThat(Set.of(LineStyle.values()).stream().map(LineStyle::marker).distinct()).hasSize(5);
	}

	@Test
	void labelsTheScaleTheDatesBothAxesAndTheLegend() {
		LocalDate today = LocalDate.of(2026, 6, 1);
		String svg = chart(List.of(today.minusMonths(3), today), 5).svg();
		List<String> texts = new ArrayList<>();
		Matcher text = TEXTS.matcher(svg);
		while (text.find()) {
			texts.add(text.group(3));
		}
		assertThat(texts).containsAll(LEVELS)
			.contains("2026-03-01", "2026-06-01", "Score", "Date of the check", "Line 0", "Line 4");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("role=\"img\"", "aria-labelledby=\"c-t c-d\"", "<title id=\"c-t\">Capacities &amp; time</title>",
					"<desc id=\"c-d\">Latest: all mostly</desc>");
	}

	@Test
	void leavesRoomForTheLongestLevelLabel() {
		LineChart narrow = new LineChart(text(), "Score", "Date", 1, List.of("1", "2", "3", "4"),
				List.of(LocalDate.of(2026, 1, 1)), List.of());
		LineChart wide = new LineChart(text(), "Score", "Date", 1,
				List.of("pas encore", "un peu", "en grande partie", "pleinement"), List.of(LocalDate.of(2026, 1, 1)),
				List.of());
		assertThat(narrow.left()).isEqualTo(40);
		assertThat(wide.left()).isEqualTo("en grande partie".length() * Svg.CHARACTER + 14);
	}

	@Test
	void labelsOnlyTheDatesThatDoNotCrowdEachOther() {
		LocalDate first = LocalDate.of(2025, 1, 1);
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			dates.add(first.plusMonths(i));
		}
		dates.set(10, first.plusMonths(11).minusDays(3));
		LineChart chart = chart(dates, 5);
		List<Integer> labelled = new ArrayList<>();
		Matcher text = TEXTS.matcher(chart.svg());
		while (text.find()) {
			if (text.group(3).startsWith("20")) {
				labelled.add(Integer.parseInt(text.group(1)));
			}
		}
		assertThat(labelled).contains((int) Svg.px(LineChart.RIGHT)).hasSizeLessThan(12);
		for (int i = 1; i < labelled.size(); i++) {
			assertThat(labelled.get(i) - labelled.get(i - 1)).isGreaterThanOrEqualTo((int) LineChart.DATE_GAP - 1);
		}
	}

	@Test
	void refusesALineWithoutOneValuePerDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LineChart(text(), "Score", "Date", 1, LEVELS,
				List.of(LocalDate.of(2026, 1, 1)), List.of(new Line("x", List.of(1, 2)))));
	}

	@Test
	void escapesWhatItWrites() {
		LineChart chart = new LineChart(new ChartText("c", "<b>", "\"quoted\""), "Score", "Date", 1, LEVELS,
				List.of(LocalDate.of(2026, 1, 1)), List.of(new Line("A & B", List.of(2))));
		assertThat(chart.svg()).contains("&lt;b&gt;", "&quot;quoted&quot;", "A &amp; B").doesNotContain("<b>");
	}

	private static Set<Long> xs(String svg) {
		Set<Long> xs = new TreeSet<>();
		Matcher points = POINTS.matcher(svg);
		while (points.find()) {
			for (String point : points.group(1).split(" ")) {
				xs.add(Long.parseLong(point.split(",")[0]));
			}
		}
		return xs;
	}

	private static LineChart chart(List<LocalDate> dates, int lines) {
		List<Line> all = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			List<Integer> values = new ArrayList<>();
			for (int d = 0; d < dates.size(); d++) {
				values.add(1 + (i + d) % 4);
			}
			all.add(new Line("Line " + i, values));
		}
		return new LineChart(text(), "Score", "Date of the check", 1, LEVELS, dates, all);
	}

	private static ChartText text() {
		return new ChartText("c", "Capacities & time", "Latest: all mostly");
	}

}
