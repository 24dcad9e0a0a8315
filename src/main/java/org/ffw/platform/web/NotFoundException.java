package org.ffw.platform.web;

/** 404: the thing does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
