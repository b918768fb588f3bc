/**
 * Contributions from readers (suggested resources, for now) and their moderation: a queue
 * for curators, decisions that are recorded, and the submitter told by e-mail when they
 * left an address.
 */
@NullMarked
package org.tejido.library.contributions;

import org.jspecify.annotations.NullMarked;
