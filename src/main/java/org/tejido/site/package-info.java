/**
 * The site: languages and their negotiation, the page frame every module renders into,
 * localized texts, error pages and the rules that keep pages light for a 2G phone.
 */
@NullMarked
package org.tejido.site;

import org.jspecify.annotations.NullMarked;
