package io.lanmu;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the core on its own for integration tests: every module of cms-core, a database, no web.
 */
@SpringBootApplication
public class CoreTestApplication {
}
