/**
 * The HTTP face of Lanmu: the management API under {@code /api/admin}, token issuing under
 * {@code /api/auth}, and the public read API under {@code /api/v1}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web API",
        allowedDependencies = {"attachment", "audit", "column", "deadline", "inbox", "item", "preview", "search",
                "search::index-maintenance", "setup", "shared", "user", "visit", "webhook"})
package io.lanmu.web;
