package org.ffw.rules;

final class ConstraintMessages {

    private ConstraintMessages() {
    }

    /** Constraint messages are templates: braces and dollar signs in a computed message must not be interpreted. */
    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
