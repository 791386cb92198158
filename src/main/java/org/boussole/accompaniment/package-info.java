/**
 * Accompaniment of beneficiaries: requests, dossiers, their referent counsellor, the
 * timeline and the caseloads.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "network" })
@NullMarked
package org.boussole.accompaniment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
