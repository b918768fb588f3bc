/**
 * Kannel, the SMS gateway: sending through its HTTP sendsms interface, and the URLs it
 * calls with incoming SMS and delivery reports.
 */
@NullMarked
package org.tejido.messaging.kannel;

import org.jspecify.annotations.NullMarked;
