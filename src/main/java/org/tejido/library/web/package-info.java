/**
 * The library's pages, JSON API, catalogue import and export endpoints, and downloads.
 */
@NullMarked
package org.tejido.library.web;

import org.jspecify.annotations.NullMarked;
