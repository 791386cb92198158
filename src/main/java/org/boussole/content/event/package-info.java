/**
 * Events: workshops and information sessions at a site or online, registration of
 * signed-in people, their calendar file, and the editors' pages.
 */
@NullMarked
package org.boussole.content.event;

import org.jspecify.annotations.NullMarked;
