package io.lanmu.shared;

/**
 * The caller is known but may not do this.
 */
public class Forbidden extends LanmuException {

    public Forbidden(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
