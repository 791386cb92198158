/**
 * The information content: job fiches imported from the ROME and the pages that browse
 * them.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package org.boussole.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
