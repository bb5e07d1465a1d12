/**
 * The sample site a new installation starts with: a fictional city tax bureau's portal in Chinese,
 * with its staff, columns and a quarter's worth of items in every workflow state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sample site",
        allowedDependencies = {"column", "deadline", "inbox", "item", "shared", "user"})
package io.lanmu.samples;
