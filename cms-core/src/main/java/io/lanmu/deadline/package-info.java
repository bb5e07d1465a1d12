/**
 * Information categories and their publication windows: when each item is due, and whether it was
 * published in time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines",
        allowedDependencies = {"shared"})
package io.lanmu.deadline;
