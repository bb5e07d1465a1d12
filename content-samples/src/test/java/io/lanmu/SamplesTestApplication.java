package io.lanmu;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The core and the sample site, without web: enough to build the site into a database.
 */
@SpringBootApplication
public class SamplesTestApplication {
}
