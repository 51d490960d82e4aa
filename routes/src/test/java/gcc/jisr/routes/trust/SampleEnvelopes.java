package gcc.jisr.routes.trust;

import java.nio.charset.StandardCharsets;

/** Envelope bodies as a sending gateway puts them on the wire: UTF-8 JSON, Arabic included, member order as sent. */
final class SampleEnvelopes {

    static final String MESSAGE_ID = "01890a5d-ac96-774b-bcce-b302099a8057";

    private SampleEnvelopes() {
    }

    static byte[] civilIdVerification() {
        return """
                {"messageId":"01890a5d-ac96-774b-bcce-b302099a8057","correlationId":"01890a5d-ac96-774b-bcce-b302099a8000",\
                "service":"gcc.civil-id.verify.v1","from":{"state":"KW","agency":"MOI"},"to":{"state":"SA","agency":"NIC"},\
                "createdAt":"2025-06-01T09:30:00.000Z","expiresAt":"2025-06-01T09:35:00.000Z",\
                "payload":{"civilId":"1012345678","issuingState":"SA","purpose":"BORDER_CROSSING",\
                "claimed":{"nameArabic":"عبد الله بن سعود","dateOfBirth":"1985-03-14"}}}"""
                .getBytes(StandardCharsets.UTF_8);
    }
}
