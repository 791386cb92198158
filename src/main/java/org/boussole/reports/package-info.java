/**
 * The figures that show the network and its funders what the service achieves: one
 * definition per indicator, one computation, whatever shows it.
 */
@ApplicationModule(allowedDependencies = { "shared", "audience", "accompaniment", "network" })
@NullMarked
package org.boussole.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
