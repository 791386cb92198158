/**
 * Privacy-respecting audience measurement: the page-view store, the import of web-server
 * access logs and the report.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package org.boussole.audience;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
