/**
 * The key hierarchy behind {@link org.tejido.collectives.CollectiveKeys}.
 */
@NullMarked
package org.tejido.collectives.keys;

import org.jspecify.annotations.NullMarked;
