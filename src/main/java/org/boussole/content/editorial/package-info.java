/**
 * The editorial workflow shared by guides and events: who may write what, drafts,
 * publication and revisions.
 */
@NullMarked
package org.boussole.content.editorial;

import org.jspecify.annotations.NullMarked;
