package vn.dti.dashboard.shared.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one exception handler of the REST API: every failure leaves as the contract's JSON error body,
 * never as a stack trace or an HTML page. Unexpected exceptions are logged with their trace and answered
 * with a generic 500 that names no class or path.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> handle(ApiException e) {
        return body(e.status(), new ApiError(e.error(), e.getMessage(), e.details()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, new ApiError("too_large",
                "Tệp vượt quá dung lượng cho phép (20 MB). / The file exceeds the 20 MB limit."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new ApiError("unsupported_media_type",
                "Kiểu nội dung không được hỗ trợ: " + e.getContentType()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class,
            MultipartException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        String message = switch (e) {
            case MissingServletRequestParameterException m -> "Thiếu tham số bắt buộc: " + m.getParameterName();
            case MissingServletRequestPartException m -> "Thiếu tệp trong trường: " + m.getRequestPartName();
            case MethodArgumentTypeMismatchException m -> "Giá trị không hợp lệ cho tham số " + m.getName()
                    + ": " + m.getValue();
            case HttpMessageNotReadableException m -> "Nội dung yêu cầu không đọc được (JSON không hợp lệ).";
            default -> "Yêu cầu multipart không hợp lệ.";
        };
        return body(HttpStatus.BAD_REQUEST, new ApiError("bad_request", message));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, new ApiError("method_not_allowed",
                "Phương thức " + e.getMethod() + " không được hỗ trợ cho địa chỉ này."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, new ApiError("not_found", "Không tìm thấy địa chỉ: /" + e.getResourcePath()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, new ApiError("forbidden",
                "Tài khoản không có quyền thực hiện thao tác này."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError("internal_error",
                "Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên."));
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
