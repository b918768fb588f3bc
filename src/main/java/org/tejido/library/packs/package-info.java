/**
 * Offline packs of the library: a signed, self-contained static copy of its public pages,
 * redistributable files, a search that runs from the disk, and an OPDS catalogue, for a
 * USB stick, an SD card or a local hotspot.
 */
@NullMarked
package org.tejido.library.packs;

import org.jspecify.annotations.NullMarked;
