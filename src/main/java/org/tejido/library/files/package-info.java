/**
 * Storage, inspection and text extraction of the files attached to resources.
 */
@NullMarked
package org.tejido.library.files;

import org.jspecify.annotations.NullMarked;
