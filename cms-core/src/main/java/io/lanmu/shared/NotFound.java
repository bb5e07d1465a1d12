package io.lanmu.shared;

/**
 * Something the caller asked for does not exist, or the caller may not know it exists.
 */
public class NotFound extends LanmuException {

    public NotFound(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
