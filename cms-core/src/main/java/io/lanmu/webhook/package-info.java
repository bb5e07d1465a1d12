/**
 * Webhooks: addresses admins register to hear when published content changes. Each change that visitors can see
 * becomes one delivery per registered address, written in the change's own transaction, then sent signed by a timed
 * job that retries with growing waits and records every attempt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
        allowedDependencies = {"column", "item", "shared"})
package io.lanmu.webhook;
