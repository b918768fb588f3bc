/**
 * Network: the collective's actor and power map (who threatens it, who protects it, who
 * could be won over, at which level, with which influence, in the open or in the shadow)
 * and the health of its support network, measured with graph indicators (leadership
 * concentration, fragility, cohesion, reach per level, openness) that each come with a
 * plain explanation and a suggestion, and can become a vulnerability in the risk
 * assessment. Everything is sealed with the collective's key.
 */
@NullMarked
package org.tejido.network;

import org.jspecify.annotations.NullMarked;
