/**
 * The HTTP face of Lanmu: the management API under {@code /api/admin}, token issuing under
 * {@code /api/auth}, and the public read API under {@code /api/v1}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web API")
package io.lanmu.web;
