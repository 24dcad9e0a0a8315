package org.ffw.platform.web;

/** 422: well-formed, but cannot be processed as asked. */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String message) {
        super(message);
    }
}
