package org.boussole.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (mail outbox, purges) run in the web application, never while a command
 * runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = CommandLineMode.PROPERTY, havingValue = "false", matchIfMissing = true)
class SchedulingConfiguration {

}
