/**
 * Online activities: a shared library of versioned activity templates, and the work a
 * beneficiary does between appointments, reviewed by the referent.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "network", "accompaniment", "content" })
@NullMarked
package org.boussole.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
