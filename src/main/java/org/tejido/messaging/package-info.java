/**
 * Messaging: sending SMS through Kannel (HTTP) and e-mail over SMTP, and in-app inbox
 * messages, durably and at most once per idempotency key; receiving SMS from Kannel;
 * tracking what the gateway and the handset reported.
 */
@NullMarked
package org.tejido.messaging;

import org.jspecify.annotations.NullMarked;
