package io.lanmu.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public site ({@code lanmu.portal.*}).
 *
 * @param siteName the name in every page's header and title
 * @param theme the folder under {@code templates/theme/} and {@code static/theme/} the site is drawn from
 * @param pageSize items per page of a column list
 * @param homeItems items per column on the home page
 * @param searchPageSize hits per page of the search page
 * @param language the language of the site's content, which its pages are drawn in whatever the browser asks for
 *     (a language tag: {@code zh-CN}, or {@code en} for a site written in English)
 */
@Validated
@ConfigurationProperties("lanmu.portal")
public record PortalProperties(@DefaultValue("青川市税务局") @NotBlank String siteName,
        @DefaultValue("default") @Pattern(regexp = "[a-z0-9-]+") String theme,
        @DefaultValue("20") @Min(1) @Max(100) int pageSize, @DefaultValue("6") @Min(1) @Max(50) int homeItems,
        @DefaultValue("10") @Min(1) @Max(50) int searchPageSize, @DefaultValue("zh-CN") @NotNull Locale language) {
}
