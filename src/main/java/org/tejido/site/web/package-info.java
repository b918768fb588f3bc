/**
 * Controllers and filters of the site: language negotiation, the about page, error pages,
 * security headers, and the view that writes every page as UTF-8 bytes.
 */
@NullMarked
package org.tejido.site.web;

import org.jspecify.annotations.NullMarked;
