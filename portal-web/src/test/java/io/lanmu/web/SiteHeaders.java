package io.lanmu.web;

/** The public site's Content-Security-Policy, for tests outside this package. */
public final class SiteHeaders {

    public static final String SITE_POLICY = SecurityConfiguration.SITE_POLICY;

    private SiteHeaders() {
    }
}
