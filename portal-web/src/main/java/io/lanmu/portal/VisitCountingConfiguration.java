package io.lanmu.portal;

import io.lanmu.visit.Visits;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VisitCountingConfiguration {

    /** In front of the page cache (security's order - 5), so pages served from memory are counted too. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 6;

    @Bean
    FilterRegistrationBean<VisitCounting> visitCounting(Visits visits) {
        FilterRegistrationBean<VisitCounting> registration = new FilterRegistrationBean<>(new VisitCounting(visits));
        registration.setOrder(ORDER);
        return registration;
    }
}
