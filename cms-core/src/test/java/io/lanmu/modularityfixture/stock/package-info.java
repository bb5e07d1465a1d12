/** What is on the shelves; {@code internal} is not part of its API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.lanmu.modularityfixture.stock;
