/**
 * The audit trail: who did what, when, to what, and with which comment, for every workflow step and
 * every administrative change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {"shared"})
package io.lanmu.audit;
