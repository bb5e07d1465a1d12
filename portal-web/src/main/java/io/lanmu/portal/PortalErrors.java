package io.lanmu.portal;

import io.lanmu.column.ColumnTree;
import io.lanmu.search.SearchUnavailable;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's own pages answer failures with a page in the site's frame, in Chinese by default; the API under
 * {@code /api} keeps answering problem details (this advice applies to the site's controllers only).
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    private final Theme theme;
    private final ColumnTree columns;

    PortalErrors(Theme theme, ColumnTree columns) {
        this.theme = theme;
        this.columns = columns;
    }

    @ExceptionHandler({NotFound.class, TypeMismatchException.class})
    ModelAndView notFound(Exception e) {
        return withNavigation(page(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e) {
        return withNavigation(page(HttpStatus.BAD_REQUEST));
    }

    @ExceptionHandler(SearchUnavailable.class)
    ModelAndView searchUnavailable(SearchUnavailable e) {
        log.warn("Search is unavailable: {}", e.getMessage());
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) {
        log.error("A public page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /**
     * A visitor who followed a stale link goes on from the site's columns. Only where the failure is the visitor's:
     * the column tree is read from the database, which may be what failed otherwise.
     */
    private ModelAndView withNavigation(ModelAndView page) {
        try {
            page.addObject("navigation", Theme.navigation(columns.snapshot()));
        }
        catch (RuntimeException e) {
            log.warn("No navigation for an error page: {}", e.getMessage());
        }
        return page;
    }

    private ModelAndView page(HttpStatus status) {
        // No column tree here: the failure may be the database itself.
        ModelAndView page = theme.page("error", null).addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
