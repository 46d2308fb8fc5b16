package org.marsad.server;

/** A request the API refuses, with the HTTP status and a message for the caller. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", "request body over the limit of " + limit + " bytes");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
