package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.RegistryCall;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Carries a translator's calls to a simulated fund over real HTTP, as the gateway's route will: the contribution
 * report's body is streamed in chunks while it is written, and the answer is read from the connection's stream.
 */
public final class PensionHttp {

    private static final int CHUNK = 64 * 1024;

    private PensionHttp() {
    }

    /** Sends the call and hands the status and the answer's stream to {@code answer}. */
    public static <T> T send(URI base, PensionCall call, Answer<T> answer) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) base.resolve(call.path()).toURL().openConnection();
        try {
            connection.setRequestMethod(call.method());
            connection.setDoOutput(true);
            connection.setChunkedStreamingMode(CHUNK);
            connection.setRequestProperty("Content-Type", call.contentType());
            call.headers().forEach(connection::setRequestProperty);
            try (OutputStream out = connection.getOutputStream()) {
                call.body().writeTo(out);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                return answer.read(status, in);
            }
        } finally {
            connection.disconnect();
        }
    }

    /** Sends a small call and returns the status and the whole answer. */
    public static <T> T send(URI base, RegistryCall call, Function<Reply, T> answer) {
        try {
            HttpURLConnection connection = (HttpURLConnection) base.resolve(call.pathAndQuery()).toURL().openConnection();
            try {
                connection.setRequestMethod(call.method());
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", call.contentType());
                call.headers().forEach(connection::setRequestProperty);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(call.body());
                }
                int status = connection.getResponseCode();
                try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                    return answer.apply(new Reply(status, in == null ? new byte[0] : in.readAllBytes()));
                }
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fund's answer from the connection. */
    @FunctionalInterface
    public interface Answer<T> {
        T read(int status, InputStream body) throws IOException;
    }

    public record Reply(int status, byte[] body) {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
