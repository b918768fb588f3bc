/**
 * Tejido's application root: start-up and settings shared by every module.
 */
@NullMarked
package org.tejido;

import org.jspecify.annotations.NullMarked;
