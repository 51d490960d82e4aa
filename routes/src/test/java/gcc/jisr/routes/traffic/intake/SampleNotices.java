package gcc.jisr.routes.traffic.intake;

import gcc.jisr.routes.traffic.TrafficJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Notices as a Saudi agency sends them to the Saudi gateway about a car registered in Kuwait: the routes' tests have
 * the Kuwaiti adapter only.
 */
final class SampleNotices {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    static final Duration SKEW = Duration.ofMinutes(2);
    static final EvidenceLimits LIMITS = new EvidenceLimits(1024, 3);

    static final String NOTICE = """
            {
              "reporter": { "state": "SA", "agency": "MOI-TRAFFIC" },
              "violationReference": "SA-TR-2026-771",
              "vehicle": { "plate": { "issuingState": "KW", "number": "34567", "category": "12" }, "make": "Nissan" },
              "driver": { "civilId": "285010100015", "civilIdState": "KW" },
              "offence": {
                "code": "SPEEDING",
                "lawArticle": { "law": "Traffic Law (Royal Decree M/85)", "article": "69/2" },
                "speed": { "measuredKmh": 171, "permittedKmh": 140 }
              },
              "occurredAt": "2026-11-20T23:30:00+03:00",
              "place": { "city": "الرياض", "road": "طريق الملك فهد" },
              "fine": { "amount": "300.00", "currency": "SAR" },
              "dueDate": "2026-12-20"
            }""";

    private SampleNotices() {
    }

    static NoticeChecks checks() {
        return new NoticeChecks(CountryAdapters.discover(), GccState.SA, LIMITS, SKEW, NOW);
    }

    static ObjectNode json() {
        try {
            return (ObjectNode) TrafficJson.mapper().readTree(NOTICE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    static ViolationNotice notice(ObjectNode json) {
        return SubmissionJson.readNotice(bytes(json));
    }

    static ViolationNotice notice() {
        return notice(json());
    }

    /** The notice with one evidence item describing these bytes. */
    static ObjectNode withEvidence(ObjectNode json, byte[] bytes) {
        ObjectNode item = json.withArray("evidence").addObject();
        item.put("kind", "PHOTO").put("contentType", "image/png").put("size", bytes.length).put("sha256", sha256(bytes));
        return json;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
