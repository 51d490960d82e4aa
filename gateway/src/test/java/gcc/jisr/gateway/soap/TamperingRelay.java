package gcc.jisr.gateway.soap;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A man in the middle on loopback: relays each SOAP request to the gateway after changing it, and the gateway's answer
 * back unchanged. The last answer is kept, raw, for the test to read. It reaches the gateway with the client it is
 * given (over TLS, as an agency system), so that what refuses the request is the signature, not the front door.
 */
final class TamperingRelay implements AutoCloseable {

    private final HttpServer server;
    private volatile String lastAnswer;

    TamperingRelay(HttpClient client, String target, UnaryOperator<String> tamper) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                String request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(target))
                        .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                        .header("SOAPAction", PartnerGateway.SOAP_ACTION)
                        .POST(HttpRequest.BodyPublishers.ofString(tamper.apply(request))).build(), HttpResponse.BodyHandlers.ofByteArray());
                lastAnswer = new String(answer.body(), StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", answer.headers().firstValue("Content-Type").orElse("text/xml"));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                out.write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            }
        });
        server.start();
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    String lastAnswer() {
        return lastAnswer;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
