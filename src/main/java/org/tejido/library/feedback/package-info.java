/**
 * What readers say about resources: whether one was useful to their community (totals
 * only, one click, no account) and comments, published after moderation.
 */
@NullMarked
package org.tejido.library.feedback;

import org.jspecify.annotations.NullMarked;
