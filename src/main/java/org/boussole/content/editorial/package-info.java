/**
 * The editorial workflow shared by guides and events: who may write what, drafts,
 * publication and revisions. Open to other modules for {@link EditorialRights} (the
 * search module's synonyms are written by network editors).
 */
@NamedInterface("editorial")
@NullMarked
package org.boussole.content.editorial;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
