/**
 * People who work in Lanmu: accounts, roles, passwords and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users",
        allowedDependencies = {"shared"})
package io.lanmu.user;
