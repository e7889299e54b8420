package com.careerbridge.crm.shared;

import java.util.List;

/**
 * Input that breaks a rule. Carries one violation per field, each with a stable reason code that the front ends turn
 * into a translated message ({@code error.<reason>} in the bundles) and the API into a problem document's field errors.
 */
public class InvalidValueException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidValueException(String field, String reason) {
        this(List.of(new FieldViolation(field, reason)));
    }

    public InvalidValueException(List<FieldViolation> violations) {
        super("invalid." + violations.getFirst().field() + "." + violations.getFirst().reason());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One broken rule: the field (as named in the API and forms) and a reason code such as {@code required}. */
    public record FieldViolation(String field, String reason) {
    }
}
