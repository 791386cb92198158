/**
 * The information content: job fiches imported from the ROME, guides on training and its
 * financing, events, and the editorial workflow of the people who write them.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "network" })
@NullMarked
package org.boussole.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
