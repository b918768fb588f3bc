/**
 * The pages of a collective's evidence.
 */
@NullMarked
package org.tejido.evidence.web;

import org.jspecify.annotations.NullMarked;
