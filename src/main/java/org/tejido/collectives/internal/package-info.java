/**
 * The collectives' records, always read and written under one collective's id, with
 * sensitive fields sealed by that collective's key.
 */
@NullMarked
package org.tejido.collectives.internal;

import org.jspecify.annotations.NullMarked;
