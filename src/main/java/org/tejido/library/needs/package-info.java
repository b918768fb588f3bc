/**
 * The "what is needed" side of the library: collectives say what they need (a resource, a
 * training, equipment, accompaniment), others point them to answers, curators mark needs
 * met.
 */
@NullMarked
package org.tejido.library.needs;

import org.jspecify.annotations.NullMarked;
