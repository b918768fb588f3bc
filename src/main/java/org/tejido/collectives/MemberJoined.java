package org.tejido.collectives;

import java.util.UUID;

/**
 * Someone became a member of a collective, by invitation or added by a coordinator.
 */
public record MemberJoined(UUID collective, UUID member) {
}
