package org.tejido.risk.capacities.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void spacesBarsEvenlyAndKeepsThemNarrow() {
		BarChart two = chart(List.of(50, 75), List.of(25, 0));
		assertThat(two.centre(0)).isEqualTo(two.left() + two.slot() / 2);
		assertThat(two.centre(1) - two.centre(0)).isEqualTo(two.slot());
		assertThat(two.barWidth()).isEqualTo(BarChart.WIDEST_BAR);
		BarChart many = chart(java.util.Collections.nCopies(40, 50), java.util.Collections.nCopies(40, 10));
		assertThat(many.barWidth()).isEqualTo(many.slot() * 0.6);
	}

	@Test
	void stacksThePartlyReachedShareOnTheReachedOne() {
		String svg = chart(List.of(50), List.of(25)).svg();
		long base = Svg.px(BarChart.BOTTOM);
		long half = Svg.px(BarChart.TOP + BarChart.PLOT_HEIGHT / 2);
		long threeQuarters = Svg.px(BarChart.TOP + BarChart.PLOT_HEIGHT / 4);
		assertThat(svg).containsPattern("class=\"reached\"[^>]* d=\"M\\d+ " + base + "V" + half + "h24V" + base + "z\"")
			.containsPattern("class=\"partly\"[^>]* d=\"M\\d+ " + half + "V" + threeQuarters + "h24V" + half + "z\"");
	}

	@Test
	void drawsNothingForAShareOfNothing() {
		String svg = chart(List.of(0), List.of(0)).svg();
		assertThat(svg).doesNotContain("class=\"reached\"").doesNotContain("class=\"partly\"");
	}

	@Test
	void writesTheScaleTheDatesTheSharesAndTheLegend() {
		String svg = chart(List.of(50, 75), List.of(25, 0)).svg();
		assertThat(svg).contains(">0%<", ">50%<", ">100%<", ">2026-03-01<", ">2026-06-01<", ">Reached<",
				">Partly reached<", ">75%<", "role=\"img\"", "<desc id=\"r-d\">");
	}

	private static BarChart chart(List<Integer> full, List<Integer> partly) {
		List<LocalDate> dates = new ArrayList<>();
		List<String> labels = new ArrayList<>(List.of("0%", "50%", "100%"));
		for (int i = 0; i < full.size(); i++) {
			dates.add(LocalDate.of(2026, 3, 1).plusMonths(3L * i));
			labels.add(full.get(i) + "%");
		}
		return new BarChart(new ChartText("r", "Results", "Latest: half"), "Share", labels, dates, full, partly,
				List.of("Reached", "Partly reached"));
	}

}
