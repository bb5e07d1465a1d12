/**
 * People who work in Lanmu: accounts, roles, passwords and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
package io.lanmu.user;
