/**
 * The network pages: the map and its actors and relations, its three drawings, the
 * indicators, imports and exports.
 */
@NullMarked
package org.tejido.network.web;

import org.jspecify.annotations.NullMarked;
