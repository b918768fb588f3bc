/**
 * Trainings and webinars: events online, in person or on the radio, registration, and
 * calendar files. Past events point to their recordings and materials in the library.
 */
@NullMarked
package org.tejido.training;

import org.jspecify.annotations.NullMarked;
