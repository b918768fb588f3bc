/**
 * The sealed map document, its access rules, edits, imports and exports, and the daily
 * indicator snapshots.
 */
@NullMarked
package org.tejido.network.internal;

import org.jspecify.annotations.NullMarked;
