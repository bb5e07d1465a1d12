package io.lanmu.shared;

/**
 * A value the caller sent breaks a rule; {@link #field()} names it.
 */
public class InvalidInput extends LanmuException {

    private final String field;

    public InvalidInput(String field, String code, String message, Object... arguments) {
        super(code, message, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
