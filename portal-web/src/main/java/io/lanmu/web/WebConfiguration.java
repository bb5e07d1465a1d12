package io.lanmu.web;

import io.lanmu.attachment.AttachmentProperties;
import io.lanmu.item.WorkflowProperties;
import io.lanmu.setup.SetupProgress;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import com.fasterxml.jackson.annotation.Nulls;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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
    FilterRegistrationBean<ParameterEncodingCheck> parameterEncodingCheck(ProblemWriter problems) {
        FilterRegistrationBean<ParameterEncodingCheck> registration =
                new FilterRegistrationBean<>(new ParameterEncodingCheck(problems));
        // After the body limit: a form body is read to find parameters.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        // Tomcat builds the host's error valve from its class name when the host starts.
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    JsonMapperBuilderCustomizer nullElementsRefused() {
        // [null] in a list of tags or ids is a client's mistake: 400 naming the element, not a 500 later on.
        return builder -> builder.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
    }

    @Bean
    FilterRegistrationBean<SetupGate> setupGate(SetupProgress progress, ProblemWriter problems) {
        FilterRegistrationBean<SetupGate> registration = new FilterRegistrationBean<>(new SetupGate(progress, problems));
        // Ahead of security: nobody signs in to a site that is still being set up.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
