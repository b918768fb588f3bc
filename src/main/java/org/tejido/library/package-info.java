/**
 * The collective-protection library: resources and their controlled vocabularies, files
 * and downloads, full-text search with facets, and catalogue import and export. Its pages
 * and JSON API are built to work on a 2G phone.
 */
@NullMarked
package org.tejido.library;

import org.jspecify.annotations.NullMarked;
