/**
 * The site shell: layout, home page, legal pages, error pages, locale, database and
 * command-line infrastructure.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.boussole.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
