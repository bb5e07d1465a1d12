package io.lanmu.shared;

/**
 * The request clashes with the current state: an illegal transition, a stale version, a duplicate.
 */
public class Conflict extends LanmuException {

    public Conflict(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
