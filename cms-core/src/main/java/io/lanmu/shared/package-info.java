/**
 * The shared kernel: who acts ({@link io.lanmu.shared.Actor}), what every domain event tells the
 * audit trail ({@link io.lanmu.shared.DomainEvent}), the kinds of refusal every module raises, and the
 * settings of the site as a whole ({@link io.lanmu.shared.SiteProperties}: its time zone).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package io.lanmu.shared;
