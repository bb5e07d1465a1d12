package io.lanmu.web;

import io.lanmu.search.SearchUnavailable;
import io.lanmu.shared.Conflict;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.InvalidFields;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.LanmuException;
import io.lanmu.shared.NotFound;
import io.lanmu.user.BadCredentials;
import io.lanmu.user.TooManySignInAttempts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into problem details: the domain's refusals by their kind, and Spring MVC's own
 * (malformed JSON, wrong content type, unknown path) through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(LanmuException.class)
    ProblemDetail refused(LanmuException refusal) {
        ProblemDetail problem = problems.of(statusOf(refusal), refusal.code(), refusal.arguments(),
                refusal.getMessage(), locale());
        refusal.properties().forEach(problem::setProperty);
        if (refusal instanceof InvalidFields invalid) {
            problem.setProperty("field", invalid.field());
            problem.setProperty("errors", invalid.errors().stream().map(error -> Map.of("field", error.field(),
                    "code", error.code(), "message", problems.detail(error.code(), new Object[] {error.field()},
                            error.code(), locale()))).toList());
        }
        else if (refusal instanceof InvalidInput invalid) {
            problem.setProperty("field", invalid.field());
            problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", problem.getDetail())));
        }
        return problem;
    }

    @ExceptionHandler(TooManySignInAttempts.class)
    ResponseEntity<ProblemDetail> tooManySignInAttempts(TooManySignInAttempts refusal) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()))
                .body(refused(refusal));
    }

    @ExceptionHandler(SearchUnavailable.class)
    ResponseEntity<ProblemDetail> searchUnavailable(SearchUnavailable e) {
        log.warn("Search is unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", null,
                        "Search is unavailable for a moment; please try again shortly", locale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problems.of(HttpStatus.CONFLICT, "concurrent-change", null, "Someone else changed this at the same time",
                locale());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraintViolated(DataIntegrityViolationException e) {
        log.info("Refused a change that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problems.of(HttpStatus.CONFLICT, "constraint-violated", null,
                "The change clashes with existing data", locale());
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ProblemDetail denied(AuthorizationDeniedException e) {
        return problems.of(HttpStatus.FORBIDDEN, "access-denied", null, "Access denied", locale());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "parameter-invalid",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, "Parameter " + e.getName() + " is invalid",
                locale());
        problem.setProperty("field", e.getName());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyLimit.BodyTooLarge tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers)
                    .body(problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                            new Object[] {tooLarge.limit()}, tooLarge.getMessage(), locale()));
        }
        String field = fieldOf(e);
        ProblemDetail problem = field == null
                ? problems.of(HttpStatus.BAD_REQUEST, "body-unreadable", null, "The request body is not valid JSON",
                        locale())
                : problems.of(HttpStatus.BAD_REQUEST, "field-unreadable", new Object[] {field},
                        "The value of " + field + " has the wrong form", locale());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed",
                new Object[] {errors.stream().map(error -> error.get("field")).collect(Collectors.joining(", "))},
                "Some fields are invalid", locale());
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Spring's own problems (415, 405, 404...) get Lanmu's type, code and translated title too.
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            HttpStatus known = HttpStatus.resolve(status.value());
            if (known != null) {
                String code = "http-" + status.value();
                ProblemDetail ours = problems.of(known, code, null, problem.getDetail(), locale());
                ours.setInstance(problem.getInstance());
                return super.createResponseEntity(ours, headers, status, request);
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        RequestBodyLimit.BodyTooLarge tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", new Object[] {tooLarge.limit()},
                    tooLarge.getMessage(), locale());
        }
        log.error("Unexpected failure", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null,
                "Something went wrong on our side; the change was not saved", locale());
    }

    private static HttpStatus statusOf(LanmuException refusal) {
        return switch (refusal) {
            case NotFound notFound -> HttpStatus.NOT_FOUND;
            case Conflict conflict -> HttpStatus.CONFLICT;
            case Forbidden forbidden -> HttpStatus.FORBIDDEN;
            case InvalidInput invalid -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BadCredentials badCredentials -> HttpStatus.UNAUTHORIZED;
            case TooManySignInAttempts tooMany -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    /** The counted body ran over its limit while being read (see {@link RequestBodyLimit}). */
    private static RequestBodyLimit.BodyTooLarge tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** The JSON property that could not be read, as a dotted path. */
    private static String fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            // tags[0], content.title: as the client wrote the JSON.
            return jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
        }
        return null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
