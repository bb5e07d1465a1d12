/**
 * The public site: server-rendered pages of published content (home, columns, items, search), the sitemap,
 * robots.txt and Atom feeds. It reads only through the public read services that {@code /api/v1} uses, so a
 * page can never show what the API would refuse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site",
        allowedDependencies = {"column", "item", "attachment", "deadline", "preview", "search", "shared", "visit", "web"})
package io.lanmu.portal;
