/** Billing declares that it uses orders only. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"orders"})
package io.lanmu.modularityfixture.billing;
