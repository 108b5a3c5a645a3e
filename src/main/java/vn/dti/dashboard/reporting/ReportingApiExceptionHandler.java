package vn.dti.dashboard.reporting;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dti.dashboard.shared.api.ApiError;

/**
 * A refused submission (or template request) answers in the contract's error format with the refusal's
 * status: 413, 415, 422 with a detail per cell, 403, 409, 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingApiExceptionHandler {

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<ApiError> refused(SubmissionRefusedException e) {
        return ResponseEntity.status(HttpStatus.valueOf(e.refusal().status())).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(e.refusal().error(), e.getMessage(), e.details()));
    }
}
