package org.marsad.server;

/** The body of every error response: {@code {"status":400,"error":"bad_request","message":"…"}}. */
public record ApiError(int status, String error, String message) {
}
