package org.ffw.platform.web;

import org.springframework.security.access.AccessDeniedException;

/** 403: signed in, but this is not the caller's to see or do. */
public class ForbiddenException extends AccessDeniedException {
    public ForbiddenException(String message) {
        super(message);
    }
}
