package org.tejido.risk.web;

import java.util.Map;

import org.tejido.risk.internal.Group;

/** The whole collective's vulnerabilities and capacities, a box per group, as typed. */
public record CollectiveBoxes(Map<Group, String> vulnerabilities, Map<Group, String> capacities) {
}
