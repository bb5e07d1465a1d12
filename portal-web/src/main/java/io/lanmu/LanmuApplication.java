package io.lanmu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Lanmu (栏目): a headless CMS and publishing portal for organisation websites.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LanmuApplication {

    public static void main(String[] args) {
        SpringApplication.run(LanmuApplication.class, args);
    }
}
