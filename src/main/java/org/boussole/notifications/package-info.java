/**
 * E-mail: the persistent outbox and its sending job, the mail templates, and the
 * administrators' view of the mails.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "network", "accompaniment", "content", "activity" })
@NullMarked
package org.boussole.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
