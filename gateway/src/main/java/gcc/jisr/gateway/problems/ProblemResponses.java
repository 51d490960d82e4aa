package gcc.jisr.gateway.problems;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/** Every REST failure as an RFC 9457 problem carrying its Jisr error code. */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler(JisrException.class)
    ResponseEntity<ProblemDetail> jisr(JisrException failure, HttpServletRequest request) {
        return respond(failure, request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException failure, HttpServletRequest request) {
        return respond(new JisrException(JisrError.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + failure.getContentType()
                + " is not accepted here; send " + failure.getSupportedMediaTypes()), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException failure, HttpServletRequest request) {
        return respond(new JisrException(JisrError.METHOD_NOT_ALLOWED, failure.getMethod() + " is not allowed here; use "
                + failure.getSupportedHttpMethods()), request);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception failure, HttpServletRequest request) {
        return respond(new JisrException(JisrError.NOT_FOUND, "no resource at " + request.getRequestURI()), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException failure, HttpServletRequest request) {
        JisrException cause = findJisr(failure);
        return respond(cause != null ? cause : new JisrException(JisrError.MALFORMED, "the body cannot be read"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        return respond(JisrFailures.classify(failure), request);
    }

    private static ResponseEntity<ProblemDetail> respond(JisrException failure, HttpServletRequest request) {
        ProblemDetail problem = JisrFailures.problem(failure, URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JisrFailures.retryAfterSeconds(failure).ifPresent(seconds -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        return answer.body(problem);
    }

    private static JisrException findJisr(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JisrException jisr) {
                return jisr;
            }
        }
        return null;
    }
}
