/**
 * The pages of risk assessments: the list, an assessment's latest review and what changed
 * since the one before, its threats, settings and old reviews, and its JSON.
 */
@NullMarked
package org.tejido.risk.web;

import org.jspecify.annotations.NullMarked;
