/**
 * The actor map as a graph, without Spring: its nodes and relations, their checks, the
 * protection-network indicators (computed with JGraphT), the file formats (CSV, GraphML,
 * GEXF) and the server-drawn SVG views. Used by the pages and by {@code network
 * indicators} on the command line.
 */
@NullMarked
package org.tejido.network.graph;

import org.jspecify.annotations.NullMarked;
