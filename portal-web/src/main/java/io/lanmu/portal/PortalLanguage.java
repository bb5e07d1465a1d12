package io.lanmu.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Which language a request is answered in. Public pages speak the site's language, the language their content is
 * written in: a page whose frame followed the browser would declare {@code lang="en-US"} over Chinese text, and screen
 * readers would read that text with an English voice. Everything else (the API's problem messages, staff pages)
 * follows the visitor's {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class PortalLanguage {

    /** Spring MVC looks the resolver up by this name. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver(PortalProperties properties) {
        return new SiteLanguageResolver(properties.language());
    }

    static final class SiteLanguageResolver extends AcceptHeaderLocaleResolver {

        private final Locale site;

        SiteLanguageResolver(Locale site) {
            this.site = site;
            setDefaultLocale(site);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isPublicPage(request.getRequestURI()) ? site : super.resolveLocale(request);
        }

        private static boolean isPublicPage(String path) {
            return !(path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator")
                    || path.startsWith("/swagger-ui") || path.startsWith("/admin") || path.startsWith("/login"));
        }
    }
}
