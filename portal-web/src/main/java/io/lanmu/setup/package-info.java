/**
 * First start: an empty installation gets its staff accounts and, unless switched off, the sample site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "First start",
        allowedDependencies = {"samples", "shared", "user"})
package io.lanmu.setup;
