package vn.dti.dashboard.shared.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A user's mistake (or a refusal) with the HTTP status and machine code the API contract gives it.
 * Services throw it; {@link ApiExceptionHandler} turns it into the contract's JSON error body. The
 * message is user-facing text (Vietnamese by default).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final List<?> details;

    public ApiException(HttpStatus status, String error, String message, List<?> details) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = List.copyOf(details);
    }

    public ApiException(HttpStatus status, String error, String message) {
        this(status, error, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public List<?> details() {
        return details;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message);
    }
}
