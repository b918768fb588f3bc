/**
 * Collective pages, and the gate that admits a request to them.
 */
@NullMarked
package org.tejido.collectives.web;

import org.jspecify.annotations.NullMarked;
