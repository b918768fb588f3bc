package org.tejido.risk.internal;

/**
 * "Risk = threat × vulnerability ÷ capacity" said in the threat's own terms: how likely
 * the collective thinks it is, how many vulnerabilities and capacities it wrote down for
 * it, and what the counts say. Never a number standing for the risk.
 *
 * @param likelihood the collective's estimate, 1–5
 * @param verdict {@code none} (no vulnerability written), {@code outweighed} (more
 * vulnerabilities than capacities) or {@code balanced} (at least as many capacities)
 */
public record Explanation(int likelihood, int vulnerabilities, int capacities, String verdict) {

	static Explanation of(int likelihood, int vulnerabilities, int capacities) {
		String verdict = (vulnerabilities == 0) ? "none" : (capacities < vulnerabilities) ? "outweighed" : "balanced";
		return new Explanation(likelihood, vulnerabilities, capacities, verdict);
	}

}
