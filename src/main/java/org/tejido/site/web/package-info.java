/**
 * Controllers and filters of the site: language negotiation, the about page, error pages
 * and security headers.
 */
@NullMarked
package org.tejido.site.web;

import org.jspecify.annotations.NullMarked;
