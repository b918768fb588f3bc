/**
 * The pages of situation reports: the coordinator's form, the preview that is the report,
 * its CSV, sharing it, and the coalition's combined view.
 */
@NullMarked
package org.tejido.reports.web;

import org.jspecify.annotations.NullMarked;
