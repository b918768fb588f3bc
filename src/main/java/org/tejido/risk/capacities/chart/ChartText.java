package org.tejido.risk.capacities.chart;

/**
 * What a chart says in words, in the reader's language.
 *
 * @param id a prefix for the ids of the chart's title and description, unique in the page
 * @param title the accessible name
 * @param description the figures that matter, for those who do not see the chart
 */
public record ChartText(String id, String title, String description) {
}
