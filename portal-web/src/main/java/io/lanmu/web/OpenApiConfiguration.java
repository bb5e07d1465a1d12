package io.lanmu.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lanmuApi() {
        return new OpenAPI()
                .info(new Info().title("Lanmu API").version("1")
                        .description("""
                                Lanmu (栏目) headless CMS. /api/v1 serves published content to anyone. \
                                /api/admin needs a personal token from POST /api/auth/tokens, sent as \
                                'Authorization: Bearer <token>'. Errors are RFC 9457 problem details.""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
