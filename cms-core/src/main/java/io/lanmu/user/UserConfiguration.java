package io.lanmu.user;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UserProperties.class)
class UserConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: stored hashes name their algorithm, so the default can move on without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
