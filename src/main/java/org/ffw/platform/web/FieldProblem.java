package org.ffw.platform.web;

/** One bad input: the field (JSON property path, parameter or form field) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
