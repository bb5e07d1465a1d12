package io.lanmu.shared;

import java.util.List;

/**
 * Several values the caller sent break a rule at once; {@link #errors()} names each field (a list
 * element as {@code tags[2]}) with the problem code of its rule.
 */
public class InvalidFields extends InvalidInput {

    private final List<FieldError> errors;

    public InvalidFields(List<FieldError> errors) {
        super(errors.getFirst().field(), "validation-failed", "Some fields are invalid: " + errors,
                String.join(", ", errors.stream().map(FieldError::field).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field's broken rule: its problem code, with the field name as the message argument. */
    public record FieldError(String field, String code) {
    }
}
