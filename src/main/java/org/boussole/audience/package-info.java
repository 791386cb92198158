/**
 * Privacy-respecting audience measurement: live measurement of the public pages, the
 * import of web-server access logs, the accompaniment funnel, retention and the report.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "accompaniment" })
@NullMarked
package org.boussole.audience;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
