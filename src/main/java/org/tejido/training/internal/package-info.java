/**
 * Events, registrations and their calendar form.
 */
@NullMarked
package org.tejido.training.internal;

import org.jspecify.annotations.NullMarked;
