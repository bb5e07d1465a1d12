package io.lanmu.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details. Every problem has a stable type URI and {@code code} that clients
 * may rely on, and a title and detail in the reader's language (Chinese unless asked otherwise).
 */
@Component
class Problems {

    static final String TYPE_BASE = "https://lanmu.io/problems/";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail of(HttpStatus status, String code, Object[] arguments, String fallbackDetail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(messages.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setDetail(detail(code, arguments, fallbackDetail, locale));
        problem.setProperty("code", code);
        return problem;
    }

    /** The detail of {@code code} in the reader's language, as {@link #of} writes it. */
    String detail(String code, Object[] arguments, String fallback, Locale locale) {
        return messages.getMessage("problem." + code, readable(arguments, locale), fallback, locale);
    }

    /**
     * Arguments as a reader should see them: ids without thousands separators, and workflow words
     * (statuses, roles, steps) in the reader's language where the bundle has them as {@code term.*}.
     */
    private Object[] readable(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return null;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            shown[i] = argument instanceof String word
                    ? messages.getMessage("term." + word.replace(' ', '-'), null, word, locale)
                    : String.valueOf(argument);
        }
        return shown;
    }
}
