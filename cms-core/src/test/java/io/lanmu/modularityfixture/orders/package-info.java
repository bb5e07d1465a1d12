/** Orders may use stock's API, but not its internals. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"stock"})
package io.lanmu.modularityfixture.orders;
