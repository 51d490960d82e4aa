package gcc.jisr.adapters.pension;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP request that hands a contribution report to a state's fund, with a body written as it is sent: the route
 * streams it (chunked) to the fund's base address and the records are translated one by one on the way. The body can
 * be written once: it draws the records from the iterator it was given.
 */
public record PensionCall(String method, String path, String contentType, Map<String, String> headers, Body body) {

    /** Writes the request body to the connection's stream, without closing it. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public PensionCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public static PensionCall post(String path, String contentType, Body body) {
        return new PensionCall("POST", path, contentType, Map.of("Accept", contentType), body);
    }
}
