/**
 * Users, roles, sign-up, login, password reset, staff two-factor authentication and the
 * security configuration.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.boussole.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
