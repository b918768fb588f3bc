/**
 * The contact form to the coalition: messages kept for administrators and forwarded by
 * e-mail, protected from scripts like every public form, with nothing kept about the
 * sender beyond what they chose to write.
 */
@NullMarked
package org.tejido.contact;

import org.jspecify.annotations.NullMarked;
