package io.lanmu.web.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer held back while it is written, and the language it was written in: a servlet container may keep
 * {@code Content-Language} apart from the other headers (Tomcat does), where the cache would not see it.
 */
final class CapturedResponse extends ContentCachingResponseWrapper {

    private Locale locale;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setLocale(Locale locale) {
        super.setLocale(locale);
        this.locale = locale;
    }

    /** The {@code Content-Language} the answer declared, or {@code null}. */
    String contentLanguage() {
        return locale == null ? null : locale.toLanguageTag();
    }
}
