/**
 * The catalogue: resources, controlled vocabularies, and import and export of whole
 * catalogues (including the default one loaded into an empty library).
 */
@NullMarked
package org.tejido.library.catalogue;

import org.jspecify.annotations.NullMarked;
