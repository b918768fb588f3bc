package org.tejido.library.web;

import java.util.List;

/**
 * One facet as a page shows it: its name and its values with counts and links.
 */
public record FacetGroup(String facet, String title, List<Value> values) {

	/**
	 * One value of a facet; following the link adds it to the filters, or removes it when
	 * active.
	 */
	public record Value(String code, String label, long count, String href, boolean active) {
	}

}
