/**
 * Sealing files on arrival, their custody, the collectives' signing keys and the making
 * of bundles.
 */
@NullMarked
package org.tejido.evidence.internal;

import org.jspecify.annotations.NullMarked;
