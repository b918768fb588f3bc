/**
 * How a situation report is made, anonymised, written as CSV, kept when shared and
 * combined for the coalition.
 */
@NullMarked
package org.tejido.reports.internal;

import org.jspecify.annotations.NullMarked;
