package org.tejido.library.catalogue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files that came with a catalogue (the other entries of an import bundle), by the
 * name rows use for them.
 */
@FunctionalInterface
public interface BundleFiles {

	BundleFiles NONE = (name) -> Optional.empty();

	Optional<Path> find(String name);

}
