package io.lanmu.web;

import io.lanmu.attachment.AttachmentProperties;
import io.lanmu.item.WorkflowProperties;
import io.lanmu.setup.SetupProgress;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final WebProperties properties;

    WebConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // Other front ends read published content from the browser; only reading is open to them.
        registry.addMapping("/api/v1/**")
                .allowedOriginPatterns(properties.corsAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD", "OPTIONS");
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        // Front ends polling the public API get 304 Not Modified when nothing changed.
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WorkflowProperties workflow,
            AttachmentProperties attachments, ProblemWriter problems) {
        // An item's body may take twice its size once escaped in JSON; an upload carries one file up to the
        // attachment limit plus the multipart framing around it.
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(
                properties.maxJsonBody().toBytes(), 2 * workflow.maxBodySize().toBytes(),
                2 * attachments.maxSize().toBytes(), problems));
        // First of Lanmu's filters: nothing may read a body before its size is checked.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SetupGate> setupGate(SetupProgress progress, ProblemWriter problems) {
        FilterRegistrationBean<SetupGate> registration = new FilterRegistrationBean<>(new SetupGate(progress, problems));
        // Ahead of security: nobody signs in to a site that is still being set up.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
