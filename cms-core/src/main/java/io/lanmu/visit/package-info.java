/**
 * Visit statistics without personal data: page views per item, column and day, unique visitors per day from a hash
 * salted afresh each day (the salt is deleted once the day is over; no cookies, no addresses kept), referring
 * domains, bots left out. Views are counted in memory and written as daily totals in batches, off the request path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visit statistics",
        allowedDependencies = {"shared"})
package io.lanmu.visit;
