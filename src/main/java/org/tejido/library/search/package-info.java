/**
 * Full-text search of the library: analyzers per language, what is indexed, and queries
 * with facets.
 */
@NullMarked
package org.tejido.library.search;

import org.jspecify.annotations.NullMarked;
