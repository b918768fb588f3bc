package org.tejido.network.web;

import java.util.ArrayList;
import java.util.List;

import org.tejido.network.graph.Indicator;
import org.tejido.site.Page;

/**
 * An indicator's texts in the reader's language: its name, its explanation, its
 * suggestion (subject as {0}, level as {1}, numbers from {2}).
 */
public record IndicatorTexts(Indicator indicator, String name, String explanation, String suggestion) {

	static IndicatorTexts of(Page page, Indicator indicator) {
		List<Object> args = new ArrayList<>();
		args.add(indicator.subjectLabel());
		args.add((indicator.level() == null) ? "" : page.t("network.level." + indicator.level().code()));
		args.addAll(indicator.numbers());
		Object[] values = args.toArray();
		String family = "network.indicator." + indicator.family();
		return new IndicatorTexts(indicator, page.t(family, values),
				page.t(family + (indicator.flagged() ? ".flagged" : ".fine"), values),
				indicator.flagged() ? page.t(family + ".suggest", values) : "");
	}

}
