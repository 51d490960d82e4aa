package gcc.jisr.gateway.traffic.web;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.JisrFailures;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

import java.net.URI;
import java.util.Locale;

/**
 * A multipart body the servlet container could not take apart. The container parses it before any controller runs,
 * so these failures reach no controller's own handling: they are given their catalogue code here (the body limit
 * crossed while parsing, too many parts, or a body that is not multipart at all).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MultipartFailures {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException failure, HttpServletRequest request) {
        ProblemDetail problem = JisrFailures.problem(classify(failure), URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static JisrException classify(MultipartException failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JisrException jisr) {
                return jisr;
            }
            messages.append(' ').append(t.getClass().getSimpleName()).append(' ').append(t.getMessage());
        }
        String text = messages.toString().toLowerCase(Locale.ROOT);
        if (text.contains("filecountlimitexceeded") || text.contains("part count") || text.contains("maximum number of parts")) {
            return new JisrException(JisrError.SCHEMA, "the body has more parts than a notice and its evidence");
        }
        if (text.contains("sizelimitexceeded") || text.contains("size exceeded") || text.contains("too large")) {
            return new JisrException(JisrError.BODY_TOO_LARGE, "the body is larger than this gateway accepts");
        }
        return new JisrException(JisrError.MALFORMED, "the body is not well-formed multipart/form-data");
    }
}
