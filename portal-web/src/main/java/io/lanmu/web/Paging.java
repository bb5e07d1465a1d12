package io.lanmu.web;

import io.lanmu.shared.InvalidInput;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Checks page parameters: a negative page or an enormous page size is a mistake, not a request to
 * read the whole database.
 */
@Component
public class Paging {

    private final WebProperties properties;

    Paging(WebProperties properties) {
        this.properties = properties;
    }

    public PageRequest of(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "page-invalid", "The page number starts at 0");
        }
        if (size < 1 || size > properties.maxPageSize()) {
            throw new InvalidInput("size", "page-size-invalid",
                    "A page holds 1 to " + properties.maxPageSize() + " entries", properties.maxPageSize());
        }
        if ((long) page * size > Integer.MAX_VALUE - size) {
            // The database takes the offset as an int; past it the page would wrap around to a negative one.
            throw new InvalidInput("page", "page-too-deep", "Page " + page + " lies beyond the last one there can be");
        }
        return PageRequest.of(page, size);
    }
}
