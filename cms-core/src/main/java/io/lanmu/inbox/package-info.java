/**
 * The contributor inbox: information and suggestions from other departments, which editors turn into
 * draft items or decline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contributor inbox",
        allowedDependencies = {"deadline", "item", "shared"})
package io.lanmu.inbox;
