package org.tejido.accounts.web;

import java.time.Instant;

/**
 * One of a person's open sessions, as the sessions page shows it: only when it began and
 * when it was last used.
 *
 * @param started when the session began
 * @param lastActive when its last request came
 * @param current whether it is the session the page is being read in
 */
public record ActiveSession(Instant started, Instant lastActive, boolean current) {
}
