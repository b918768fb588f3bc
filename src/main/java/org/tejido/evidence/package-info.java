/**
 * Evidence: files a collective gathers for denunciation and litigation, sealed on arrival
 * (hash, size, type, time, who sent it, the device's own metadata kept sealed while the
 * shared copy is stripped of location and device data), a custody ledger of every action
 * on each item in the collective's activity chain, and signed evidence bundles that
 * anyone can check without the server ({@code evidence verify BUNDLE.zip}).
 */
@NullMarked
package org.tejido.evidence;

import org.jspecify.annotations.NullMarked;
