package org.ffw.platform.web;

import java.util.Optional;

/**
 * The engine wraps what a delegate or an expression throws. When that was one of our client errors (400, 404, 409,
 * 422), the caller should get that answer, not a 500: this finds it in the cause chain, for the API's and the pages'
 * exception handlers alike.
 */
public final class ClientErrors {

    private ClientErrors() {
    }

    public static Optional<RuntimeException> causeOf(Throwable thrown) {
        for (Throwable t = thrown.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof UnprocessableException
                    || t instanceof ConflictException || t instanceof NotFoundException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }
}
