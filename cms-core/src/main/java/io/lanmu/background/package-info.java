/**
 * Background work: the bounded lanes that after-commit listeners run in, and the catch-up that
 * retries, from Spring Modulith's event publication registry, whatever did not complete — work
 * refused by a full lane, cut short by a crash, or failed while a dependency was down. A request
 * thread hands work to a lane and never waits for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background work",
        allowedDependencies = {})
package io.lanmu.background;
