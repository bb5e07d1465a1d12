package io.lanmu.web.cache;

/**
 * What the public sees has changed: something was published, unpublished or expired, or the column tree changed.
 * Public because the event publication registry stores it and reads it back.
 *
 * @param cause the simple name of the domain event that changed the site
 * @param subjectId the item or column it was about
 */
public record SiteChanged(String cause, long subjectId) {
}
