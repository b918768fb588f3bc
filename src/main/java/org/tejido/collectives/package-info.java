/**
 * Collectives: private workspaces owned by a community or organisation. Their members
 * (with or without an account), sub-groups, roles and invitations; the gate that scopes
 * every collective page to the signed-in person's memberships; the keys that encrypt a
 * collective's data; its tamper-evident activity log; export and deletion.
 */
@NullMarked
package org.tejido.collectives;

import org.jspecify.annotations.NullMarked;
