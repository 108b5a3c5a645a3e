package vn.dti.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request body limits on top of the multipart ones ({@code spring.servlet.multipart.*}, 20 MB per file):
 * nothing above {@value #MAX_ANY_BYTES} bytes is read at all (a report upload is at most 20 MB, the browser
 * upload sends it raw), and an API body that is not a file upload (JSON such as {@code POST /api/v1/users})
 * at most {@value #MAX_API_JSON_BYTES}. A declared length above the limit answers 413 at once, in the
 * contract's JSON for the API; a body without a declared length is cut at the limit while it is read.
 * Runs first, before any authentication reads anything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_ANY_BYTES = 25L * 1024 * 1024;
    static final long MAX_API_JSON_BYTES = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long limit = api && !type.startsWith("multipart/") ? MAX_API_JSON_BYTES : MAX_ANY_BYTES;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, api, limit);
            return;
        }
        chain.doFilter(declared < 0 ? new Bounded(request, limit) : request, response);
    }

    private static void tooLarge(HttpServletResponse response, boolean api, long limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String megabytes = String.valueOf(limit / (1024 * 1024));
        if (api) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"too_large\",\"message\":\"Yêu cầu vượt quá " + megabytes
                    + " MB. / The request exceeds " + megabytes + " MB.\",\"details\":[]}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("Yêu cầu vượt quá " + megabytes + " MB. / The request exceeds " + megabytes
                    + " MB.");
        }
    }

    /** A body without Content-Length (chunked) that fails once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("request body above " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
