package io.lanmu.web.cache;

import io.lanmu.web.WebProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    /** After the set-up gate (security's order - 10), before security itself: a kept answer needs no security. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCache(StoredPages pages, Renderings renderings,
            LocaleResolver localeResolver, WebProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(pages, renderings, new PublicReads(), localeResolver, properties));
        registration.setOrder(ORDER);
        return registration;
    }
}
