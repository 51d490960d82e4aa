package gcc.jisr.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrError;

import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.gateway.problems.SoapFaultWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Refuses bodies over the configured size on the message endpoints before any parser sees them: by the announced
 * Content-Length at once, and for chunked bodies as soon as the limit is crossed while reading. A few endpoints take
 * larger bodies than the rest (evidence photos and videos, batch files): each has its own limit ({@link PathLimit}).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final String soapPathPrefix;
    private final ObjectMapper json;
    private final List<PathLimit> pathLimits;

    /**
     * Another limit for one path, for all bodies or only those of one media type.
     *
     * @param path      the request path, exactly
     * @param mediaType the media type the limit is for (e.g. multipart/form-data), or null for any
     */
    public record PathLimit(String path, String mediaType, long maxBytes) {

        boolean appliesTo(HttpServletRequest request) {
            if (!path.equals(request.getRequestURI())) {
                return false;
            }
            String contentType = request.getContentType();
            return mediaType == null || (contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith(mediaType.toLowerCase(Locale.ROOT)));
        }
    }

    public BodySizeLimitFilter(long maxBytes, String soapPathPrefix, ObjectMapper json) {
        this(maxBytes, soapPathPrefix, json, List.of());
    }

    public BodySizeLimitFilter(long maxBytes, String soapPathPrefix, ObjectMapper json, List<PathLimit> pathLimits) {
        this.maxBytes = maxBytes;
        this.soapPathPrefix = soapPathPrefix;
        this.json = json;
        this.pathLimits = List.copyOf(pathLimits);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        for (PathLimit pathLimit : pathLimits) {
            if (pathLimit.appliesTo(request)) {
                return pathLimit.maxBytes();
            }
        }
        return maxBytes;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        BodyTooLargeException failure = new BodyTooLargeException(maxBytes);
        response.setStatus(JisrError.BODY_TOO_LARGE.httpStatus());
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(soapPathPrefix)) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream().write(SoapFaultWriter.soap11Fault(failure).getBytes(StandardCharsets.UTF_8));
        } else {
            ProblemDetail problem = JisrFailures.problem(failure, URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
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

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
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
