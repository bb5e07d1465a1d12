package io.lanmu.setup;

/**
 * The first start found an empty installation and begins to set it up.
 *
 * @param sampleSite whether it writes the sample site (otherwise only an admin)
 */
public record FirstStartBegan(boolean sampleSite) {
}
