package org.tejido.territory;

import java.util.UUID;

/**
 * An observation was recorded on a collective's territory (by web, SMS, import or as the
 * result of a ground-truthing task).
 */
public record ObservationRecorded(UUID collective, UUID observation) {
}
