/**
 * The site search: its index of job fiches, guides, events and centres, French analysis,
 * synonyms, suggestions, the search page and API, and the search log.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "content", "content :: editorial", "network" })
@NullMarked
package org.boussole.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
