/**
 * Signed evidence bundles, written and checked in plain Java so that anyone can check a
 * bundle without the server.
 */
@NullMarked
package org.tejido.evidence.bundle;

import org.jspecify.annotations.NullMarked;
