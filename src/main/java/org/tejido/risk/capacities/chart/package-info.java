/**
 * Trend charts of capacity checks drawn on the server as inline SVG, in plain Java: no
 * script, nothing from another host, every figure also said in words ({@code <title>},
 * {@code <desc>}) and lines told apart by dash and marker as well as by colour.
 */
@NullMarked
package org.tejido.risk.capacities.chart;

import org.jspecify.annotations.NullMarked;
