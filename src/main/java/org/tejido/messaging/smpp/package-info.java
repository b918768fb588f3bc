/**
 * SMPP: sending SMS straight to an operator's SMS centre over one bound transceiver
 * session per collective, and taking its delivery receipts and the SMS that phones send
 * to the collective's number.
 */
@NullMarked
package org.tejido.messaging.smpp;

import org.jspecify.annotations.NullMarked;
