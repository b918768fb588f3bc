/**
 * The library by SMS: phones without data search the library, read a resource's summary
 * and have its files e-mailed by texting the coalition's number, in five languages.
 */
@NullMarked
package org.tejido.library.sms;

import org.jspecify.annotations.NullMarked;
