/**
 * Collectives: private workspaces owned by a community or organisation. For now, the keys
 * that protect them: a master key outside the database, a data key per collective wrapped
 * by it, and keyed hashes for looking up encrypted values.
 */
@NullMarked
package org.tejido.collectives;

import org.jspecify.annotations.NullMarked;
