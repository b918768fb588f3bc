/**
 * The community early-warning network: alerts reported by web form, SMS, radio or in
 * person; each collective's protocol of tiers of recipients; acknowledgement by SMS reply
 * or link; automatic escalation when nobody answers; the alert's timeline; CAP export.
 */
@NullMarked
package org.tejido.warning;

import org.jspecify.annotations.NullMarked;
