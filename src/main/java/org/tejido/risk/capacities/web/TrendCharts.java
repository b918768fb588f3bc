package org.tejido.risk.capacities.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tejido.risk.capacities.Achievement;
import org.tejido.risk.capacities.Capacity;
import org.tejido.risk.capacities.CheckView;
import org.tejido.risk.capacities.Result;
import org.tejido.risk.capacities.Score;
import org.tejido.risk.capacities.chart.BarChart;
import org.tejido.risk.capacities.chart.ChartText;
import org.tejido.risk.capacities.chart.Line;
import org.tejido.risk.capacities.chart.LineChart;
import org.tejido.site.Page;

/**
 * The two trend charts of the overview, in the reader's language: the five capacities
 * over time, and the share of results reached. Each says in its description what the
 * latest check found and how it changed since the one before.
 */
final class TrendCharts {

	private TrendCharts() {
	}

	/**
	 * @param checks oldest first, at least one
	 */
	static String capacities(Page page, List<CheckView> checks) {
		List<LocalDate> dates = checks.stream().map(CheckView::takenOn).toList();
		List<Line> lines = new ArrayList<>();
		for (Capacity capacity : Capacity.values()) {
			lines.add(new Line(page.t("capacities.short." + capacity.code()),
					checks.stream().map((check) -> check.answers().score(capacity)).toList()));
		}
		List<String> levels = new ArrayList<>();
		for (int score : Score.all()) {
			levels.add(page.t("capacities.scale." + score));
		}
		ChartText text = new ChartText("capacities-chart", page.t("capacities.chart.capacities"),
				describeCapacities(page, checks));
		return new LineChart(text, page.t("capacities.chart.scale"), page.t("capacities.chart.date"), Score.MIN, levels,
				dates, lines)
			.svg();
	}

	/**
	 * @param checks oldest first, at least one
	 */
	static String results(Page page, List<CheckView> checks) {
		List<String> labels = new ArrayList<>(List.of(percent(page, 0), percent(page, 50), percent(page, 100)));
		checks.forEach((check) -> labels.add(percent(page, check.answers().achievedPercent())));
		ChartText text = new ChartText("results-chart", page.t("capacities.chart.results"),
				describeResults(page, checks));
		return new BarChart(text, page.t("capacities.chart.share", Result.values().length), labels,
				checks.stream().map(CheckView::takenOn).toList(),
				checks.stream().map((check) -> check.answers().achievedPercent()).toList(),
				checks.stream().map((check) -> check.answers().partlyPercent()).toList(),
				List.of(page.t("capacities.chart.reached"), page.t("capacities.chart.partly")))
			.svg();
	}

	static String describeCapacities(Page page, List<CheckView> checks) {
		CheckView latest = checks.get(checks.size() - 1);
		@Nullable CheckView previous = (checks.size() > 1) ? checks.get(checks.size() - 2) : null;
		List<String> items = new ArrayList<>();
		for (Capacity capacity : Capacity.values()) {
			int score = latest.answers().score(capacity);
			String item = page.t("capacities.chart.item", page.t("capacities.short." + capacity.code()),
					page.t("capacities.scale." + score), score);
			if (previous != null) {
				item += ", " + change(page, score - previous.answers().score(capacity), previous.takenOn());
			}
			items.add(item);
		}
		return page.t("capacities.chart.summary", checks.size(), checks.get(0).takenOn().toString(),
				latest.takenOn().toString()) + " " + String.join("; ", items) + ".";
	}

	static String change(Page page, int difference, LocalDate since) {
		if (difference > 0) {
			return page.t("capacities.chart.up", difference, since.toString());
		}
		if (difference < 0) {
			return page.t("capacities.chart.down", -difference, since.toString());
		}
		return page.t("capacities.chart.same", since.toString());
	}

	static String describeResults(Page page, List<CheckView> checks) {
		CheckView latest = checks.get(checks.size() - 1);
		String text = page.t("capacities.chart.results-desc", latest.takenOn().toString(),
				latest.answers().count(Achievement.YES), Result.values().length,
				latest.answers().count(Achievement.PARTLY));
		if (checks.size() > 1) {
			CheckView previous = checks.get(checks.size() - 2);
			text += " " + page.t("capacities.chart.results-before", previous.takenOn().toString(),
					previous.answers().count(Achievement.YES), previous.answers().count(Achievement.PARTLY));
		}
		return text;
	}

	static String percent(Page page, int value) {
		return page.t("capacities.chart.percent", Integer.toString(value));
	}

}
