package io.lanmu.shared;

import java.util.Map;

/**
 * A refusal the caller can understand and act on. The {@link #code()} names the problem in a stable
 * way (it becomes the problem type and the message key); {@link #arguments()} fill the message;
 * {@link #properties()} are extra facts a client may use, such as the current version.
 */
public abstract class LanmuException extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    protected LanmuException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return Map.of();
    }
}
