package vn.dti.dashboard.shared.api;

import java.util.List;

/**
 * The contract's error body: {@code {"error": "<machine code>", "message": "...", "details": [...]}}.
 * {@code details} holds per-row or per-cell problems (records of the feature that raised them).
 */
public record ApiError(String error, String message, List<?> details) {

    public ApiError(String error, String message) {
        this(error, message, List.of());
    }
}
