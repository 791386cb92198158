/**
 * Guides on training, its financing and working across the border: their content, their
 * publication and the public pages that show them.
 */
@NullMarked
package org.boussole.content.guide;

import org.jspecify.annotations.NullMarked;
