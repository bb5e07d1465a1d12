package io.lanmu.search;

/**
 * The search engine cannot be reached or refused the request.
 */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
