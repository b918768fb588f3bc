/**
 * Pages of trainings and webinars, registration, calendar files, and the organisers'
 * pages.
 */
@NullMarked
package org.tejido.training.web;

import org.jspecify.annotations.NullMarked;
