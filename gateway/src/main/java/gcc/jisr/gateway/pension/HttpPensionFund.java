package gcc.jisr.gateway.pension;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.routes.pension.PensionFund;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * This state's pension fund over HTTP, in the canonical documents: a report is posted as NDJSON (the header line,
 * then one record per line, written as the records are opened), and the fund's acknowledgement is read with the
 * streaming parser, one record result at a time. A statement or notice is posted as JSON and answered with a
 * PensionAcknowledgement. Paths under the fund's base URI: {@code /contribution-reports}, {@code /service-periods},
 * {@code /notices}. Until the national pension formats exist, this is the port's only implementation.
 */
final class HttpPensionFund implements PensionFund {

    private static final String NDJSON = "application/x-ndjson";

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    HttpPensionFund(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public ReportAnswer report(ContributionReport header, Iterator<byte[]> records, Consumer<RecordResult> results) {
        HttpRequest request = HttpRequest.newBuilder(resolve("contribution-reports"))
                .timeout(timeout)
                .header("Content-Type", NDJSON)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new NdjsonStream(TrafficJson.bytes(header), records)))
                .build();
        HttpResponse<InputStream> response = send(request);
        int accepted = 0;
        int rejected = 0;
        try (InputStream body = response.body(); JsonParser parser = TrafficJson.mapper().getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw protocol("the fund's acknowledgement is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("recordResult".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        RecordResult result = parser.readValueAs(RecordResult.class);
                        if (result.getOutcome() == RecordOutcome.ACCEPTED) {
                            accepted++;
                        } else {
                            rejected++;
                        }
                        results.accept(result);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw protocol("the fund's acknowledgement cannot be read: " + e.getMessage());
        }
        return new ReportAnswer(accepted, rejected);
    }

    @Override
    public PensionAcknowledgement statement(ServicePeriodStatement statement) {
        return single("service-periods", TrafficJson.bytes(statement));
    }

    @Override
    public PensionAcknowledgement notice(PensionNotice notice) {
        return single("notices", TrafficJson.bytes(notice));
    }

    private PensionAcknowledgement single(String path, byte[] document) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document))
                .build();
        HttpResponse<InputStream> response = send(request);
        try (InputStream body = response.body()) {
            return TrafficJson.mapper().readValue(body, PensionAcknowledgement.class);
        } catch (IOException e) {
            throw protocol("the fund's acknowledgement cannot be read: " + e.getMessage());
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the pension fund did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "interrupted while waiting for the pension fund");
        }
        if (response.statusCode() != 200) {
            try (InputStream ignored = response.body()) {
                // the body says nothing the status does not
            } catch (IOException ignored) {
                // closing a failed answer
            }
            throw response.statusCode() >= 500
                    ? new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the pension fund answered " + response.statusCode())
                    : protocol("the pension fund refused the document with " + response.statusCode());
        }
        return response;
    }

    private URI resolve(String path) {
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + "/" + path);
    }

    private static JisrException protocol(String detail) {
        return new JisrException(JisrError.REGISTRY_PROTOCOL, detail);
    }

    /** The NDJSON body, produced as the client reads it: the header line, then each record as the iterator opens it. */
    private static final class NdjsonStream extends InputStream {
        private final Iterator<byte[]> records;
        private byte[] current;
        private int position;

        NdjsonStream(byte[] header, Iterator<byte[]> records) {
            this.records = records;
            this.current = withLineEnd(header);
        }

        private static byte[] withLineEnd(byte[] line) {
            byte[] out = java.util.Arrays.copyOf(line, line.length + 1);
            out[line.length] = '\n';
            return out;
        }

        private boolean ensure() {
            while (current == null || position >= current.length) {
                if (!records.hasNext()) {
                    return false;
                }
                current = withLineEnd(records.next());
                position = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return ensure() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length && ensure()) {
                int chunk = Math.min(length - n, current.length - position);
                System.arraycopy(current, position, buffer, offset + n, chunk);
                position += chunk;
                n += chunk;
            }
            return n == 0 ? -1 : n;
        }
    }
}
