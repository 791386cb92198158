/**
 * The network of guidance centres: structures, their sites and staff, the localities and
 * the centre finder.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts" })
@NullMarked
package org.boussole.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
