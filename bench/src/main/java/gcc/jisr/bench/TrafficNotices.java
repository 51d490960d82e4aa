package gcc.jisr.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kuwaiti speeding notices about Saudi cars, as the Kuwaiti traffic agency would submit them: each with a violation
 * reference of its own (a second submission of one reference is the same violation, answered from the store without
 * a write), spread over a few hundred plates, because the outbox sends the messages about one vehicle one after the
 * other and a single plate would measure that queue instead of the gateway. No evidence: a JSON notice that declares
 * evidence needs its bytes in a multipart body.
 */
final class TrafficNotices {

    static final String PATH = "/api/v1/traffic/violations";
    private static final int VEHICLES = 300;
    private static final int FIRST_PLATE = 1000;

    private final URI violations;
    private final String runTag;
    private final AtomicLong sequence = new AtomicLong();
    private final String occurredAt;
    private final String dueDate;

    TrafficNotices(URI gateway, String runTag) {
        this.violations = gateway.resolve(PATH);
        this.runTag = runTag;
        // An hour ago in Kuwait's offset: the gateway refuses a violation from the future, and a due date before it.
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.ofHours(3)).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        this.occurredAt = occurred.toString();
        this.dueDate = occurred.toLocalDate().plusDays(30).toString();
    }

    /** The next notice; safe to call from every client at once. */
    HttpRequest next() {
        long n = sequence.incrementAndGet();
        return HttpRequest.newBuilder(violations).header("Content-Type", "application/json")
                .header("X-Correlation-Id", "bench-" + runTag + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
    }

    long submitted() {
        return sequence.get();
    }

    private String body(long n) {
        return """
                {"reporter":{"state":"KW","agency":"MOI-TRAFFIC"},"violationReference":"KW-TR-%s-%d",\
                "vehicle":{"plate":{"issuingState":"SA","number":"%d","lettersArabic":"ابح","lettersLatin":"ABJ","category":"private"},\
                "make":"Toyota","model":"Land Cruiser","colour":"أبيض"},\
                "driver":{"civilId":"1012345672","civilIdState":"SA","fullNameArabic":"محمد عبدالله القحطاني",\
                "fullNameLatin":"Mohammed Abdullah Al-Qahtani"},\
                "offence":{"code":"SPEEDING","nationalCode":"207","descriptionArabic":"تجاوز السرعة المقررة",\
                "descriptionEnglish":"Exceeding the speed limit","lawArticle":{"law":"Decree-Law No. 67 of 1976 on Traffic","article":"38"},\
                "speed":{"measuredKmh":152,"permittedKmh":120,"deviceId":"RADAR-R6-114"}},\
                "occurredAt":"%s","place":{"city":"الفروانية","road":"الدائري السادس","landmark":"تقاطع شارع المطار",\
                "coordinates":{"latitude":29.2791,"longitude":47.9594}},\
                "fine":{"amount":"75.250","currency":"KWD"},"dueDate":"%s","correlationId":"bench-%s-%d"}"""
                .formatted(runTag, n, FIRST_PLATE + n % VEHICLES, occurredAt, dueDate, runTag, n);
    }
}
