/**
 * Preview links: a signed, expiring address that shows one revision of an item as the public site will show it, to
 * anyone who holds the link, without signing in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Preview links",
        allowedDependencies = {"item", "shared"})
package io.lanmu.preview;
