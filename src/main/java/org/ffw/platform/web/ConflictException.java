package org.ffw.platform.web;

/** 409: the request is valid but clashes with the current state (someone else holds the task, already rated, …). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
