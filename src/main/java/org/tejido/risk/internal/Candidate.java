package org.tejido.risk.internal;

import java.util.UUID;

/**
 * A measure suggested for the protection plan, not yet adopted.
 *
 * @param origin where the suggestion came from, for people
 */
public record Candidate(UUID id, String title, String origin) {
}
