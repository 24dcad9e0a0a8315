package org.ffw.platform.web;

import java.util.List;

/** Domain validation failed: 400 problem+json with every bad field. Nothing has been stored. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
