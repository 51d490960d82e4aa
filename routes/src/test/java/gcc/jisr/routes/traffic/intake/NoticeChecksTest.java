package gcc.jisr.routes.traffic.intake;

import gcc.jisr.routes.traffic.TrafficJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.routes.traffic.CheckedNotice;
import jakarta.activation.DataHandler;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static gcc.jisr.routes.traffic.intake.SampleNotices.json;
import static gcc.jisr.routes.traffic.intake.SampleNotices.notice;
import static gcc.jisr.routes.traffic.intake.SampleNotices.withEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeChecksTest {

    static final byte[] PHOTO = "a radar photo, as far as this test is concerned".getBytes(StandardCharsets.UTF_8);

    final NoticeChecks checks = SampleNotices.checks();

    @Test
    void acceptsAWellFormedNoticeKeepingItsOffsetAndExactFine() {
        CheckedNotice checked = checks.check(notice(), List.of());
        assertThat(checked.notice().getOccurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T23:30:00+03:00"));
        assertThat(checked.notice().getOccurredAt().getOffset().getId()).isEqualTo("+03:00");
        assertThat(checked.notice().getFine().getAmount()).hasToString("300.00");
        assertThat(new String(TrafficJson.bytes(checked.notice()), StandardCharsets.UTF_8))
                .contains("\"amount\":\"300.00\"", "\"occurredAt\":\"2026-11-20T23:30:00+03:00\"");
        assertThat(checked.evidence()).isEmpty();
    }

    @Test
    void refusesAnOffenceCodeOutsideTheGccList() {
        ObjectNode json = json();
        json.with("offence").put("code", "JAYWALKING");
        assertRefused(() -> notice(json), JisrError.UNKNOWN_OFFENCE, "/offence/code");
        ViolationNotice unbound = notice();
        unbound.getOffence().setCode(null);
        assertRefused(() -> checks.check(unbound, List.of()), JisrError.UNKNOWN_OFFENCE, "/offence/code");
    }

    @Test
    void refusesAMissingMandatoryField() {
        ObjectNode json = json();
        json.remove("fine");
        assertRefused(() -> notice(json), JisrError.SCHEMA, "/fine");
    }

    @Test
    void appliesTheRulesOnlyTheJsonSchemaCanStateToNoticesFromXml() {
        ViolationNotice speeding = notice();
        speeding.getOffence().setSpeed(null);
        assertRefused(() -> checks.check(speeding, List.of()), JisrError.SCHEMA, "/offence/speed");
        ViolationNotice anonymous = notice();
        anonymous.getDriver().setCivilId(null);
        anonymous.getDriver().setCivilIdState(null);
        assertRefused(() -> checks.check(anonymous, List.of()), JisrError.SCHEMA, "/driver");
        ObjectNode json = json();
        json.with("offence").remove("speed");
        assertRefused(() -> notice(json), JisrError.SCHEMA, "/offence/speed");
    }

    @Test
    void refusesAPlateItsIssuingStateWouldNotRead() {
        ObjectNode tooLong = json();
        tooLong.with("vehicle").with("plate").put("number", "345678");
        assertRefused(() -> checks.check(notice(tooLong), List.of()), JisrError.INVALID_PLATE, "/vehicle/plate");
        ObjectNode lettered = json();
        lettered.with("vehicle").with("plate").put("lettersLatin", "AB");
        assertRefused(() -> checks.check(notice(lettered), List.of()), JisrError.INVALID_PLATE, "/vehicle/plate/lettersLatin");
        ObjectNode noCode = json();
        noCode.with("vehicle").with("plate").remove("category");
        assertRefused(() -> checks.check(notice(noCode), List.of()), JisrError.INVALID_PLATE, "/vehicle/plate");
    }

    @Test
    void readsPlatesWithTheOperatorsAdapterSettings() {
        NoticeChecks threeDigitCodes = new NoticeChecks(CountryAdapters.discover(state -> state == GccState.KW
                ? gcc.jisr.adapters.AdapterSettings.of("kw", java.util.Map.of("plate-pattern", "(?<code>[0-9]{3})/(?<number>[0-9]{1,5})"))
                : null), GccState.SA, SampleNotices.LIMITS, SampleNotices.SKEW, SampleNotices.NOW);
        ObjectNode json = json();
        assertRefused(() -> threeDigitCodes.check(notice(json), List.of()), JisrError.INVALID_PLATE, "/vehicle/plate");
        json.with("vehicle").with("plate").put("category", "120");
        assertThat(threeDigitCodes.check(notice(json), List.of()).notice().getVehicle().getPlate().getCategory()).isEqualTo("120");
    }

    @Test
    void refusesARegisteringStateThatIsTheReportingStateOrOutsideTheGcc() {
        ObjectNode saudi = json();
        saudi.with("vehicle").with("plate").put("issuingState", "SA");
        assertRefused(() -> checks.check(notice(saudi), List.of()), JisrError.SCHEMA, "/vehicle/plate/issuingState");
        ObjectNode egyptian = json();
        egyptian.with("vehicle").with("plate").put("issuingState", "EG");
        assertRefused(() -> checks.check(notice(egyptian), List.of()), JisrError.UNKNOWN_STATE, "/vehicle/plate/issuingState");
    }

    @Test
    void refusesANoticeReportedByAnotherStatesAgency() {
        ObjectNode json = json();
        json.with("reporter").put("state", "AE");
        json.with("fine").put("currency", "AED");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.SCHEMA, "/reporter/state");
    }

    @Test
    void refusesAFineInAnotherCurrencyThanTheReportingStates() {
        ObjectNode json = json();
        json.with("fine").put("currency", "KWD").put("amount", "30.000");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.INVALID_AMOUNT, "/fine/currency");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasEvenZeros() {
        ObjectNode json = json();
        json.with("fine").put("amount", "300.125");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.INVALID_AMOUNT, "/fine/amount");
        json.with("fine").put("amount", "300.000");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.INVALID_AMOUNT, "/fine/amount");
    }

    @Test
    void refusesADriversCivilIdThatBreaksItsStatesRules() {
        ObjectNode json = json();
        json.with("driver").put("civilId", "285010100016");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.INVALID_CIVIL_ID, "/driver/civilId");
    }

    @Test
    void refusesAViolationInTheFutureBeyondTheClockSkew() {
        ObjectNode json = json();
        json.put("occurredAt", "2026-11-23T15:01:00+03:00");
        assertThat(checks.check(notice(json), List.of())).isNotNull();
        json.put("occurredAt", "2026-11-23T15:03:00+03:00");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.INVALID_DATE, "/occurredAt");
    }

    @Test
    void refusesADueDateBeforeTheDayOfTheViolationWhereItHappened() {
        ObjectNode json = json();
        json.put("dueDate", "2026-11-20");
        assertThat(checks.check(notice(json), List.of())).isNotNull();
        json.put("dueDate", "2026-11-19");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.INVALID_DATE, "/dueDate");
    }

    @Test
    void matchesEvidencePartsToItemsByDigest() {
        byte[] second = "a second photo".getBytes(StandardCharsets.UTF_8);
        ObjectNode json = withEvidence(withEvidence(json(), PHOTO), second);
        CheckedNotice checked = checks.check(notice(json), List.of(part("b.png", second), part("a.png", PHOTO)));
        assertThat(checked.evidence()).extracting(f -> new String(f.content(), StandardCharsets.UTF_8))
                .containsExactly(new String(PHOTO, StandardCharsets.UTF_8), "a second photo");
        assertThat(checked.evidence().get(0).sha256()).isEqualTo(SampleNotices.sha256(PHOTO));
    }

    @Test
    void refusesEvidenceThatDoesNotMatchItsItem() {
        ObjectNode json = withEvidence(json(), PHOTO);
        byte[] altered = PHOTO.clone();
        altered[0] ^= 1;
        assertRefused(() -> checks.check(notice(json), List.of(part("a.png", altered))), JisrError.ATTACHMENT_DIGEST, "/evidence/0");
        assertRefused(() -> checks.check(notice(json), List.of()), JisrError.ATTACHMENT_DIGEST, "/evidence/0");
        assertRefused(() -> checks.check(notice(json), List.of(part("a.png", PHOTO), part("extra.png", altered))),
                JisrError.ATTACHMENT_DIGEST, "evidence");
        assertRefused(() -> checks.check(notice(), List.of(part("a.png", PHOTO))), JisrError.ATTACHMENT_DIGEST, "evidence");
        ((ObjectNode) json.withArray("evidence").get(0)).put("size", PHOTO.length + 1);
        assertRefused(() -> checks.check(notice(json), List.of(part("a.png", PHOTO))), JisrError.ATTACHMENT_DIGEST, "/evidence/0");
    }

    @Test
    void refusesAPartLabelledWithAnotherTypeThanItsItem() {
        ObjectNode json = withEvidence(json(), PHOTO);
        ReceivedEvidence jpeg = ReceivedEvidence.read("a.jpg", "image/jpeg", new ByteArrayInputStream(PHOTO), 1024);
        assertRefused(() -> checks.check(notice(json), List.of(jpeg)), JisrError.UNSUPPORTED_MEDIA_TYPE, "/evidence/0/contentType");
    }

    @Test
    void refusesEvidenceOverTheLimitsBeforeHoldingIt() {
        byte[] big = new byte[1025];
        assertRefused(() -> ReceivedEvidence.read("big.png", null, new ByteArrayInputStream(big), 1024),
                JisrError.ATTACHMENT_TOO_LARGE, "big.png");
        ObjectNode declaredBig = withEvidence(json(), big);
        assertRefused(() -> checks.check(notice(declaredBig), List.of()), JisrError.ATTACHMENT_TOO_LARGE, "/evidence/0");
        ObjectNode many = json();
        for (int i = 0; i < 4; i++) {
            withEvidence(many, ("photo " + i).getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(() -> checks.check(notice(many), List.of()), JisrError.SCHEMA, "/evidence");
    }

    @Test
    void takesInlineEvidenceOutOfTheNotice() {
        ViolationNotice notice = notice(withEvidence(json(), PHOTO));
        notice.getEvidence().get(0).setContent(attachment(PHOTO));
        CheckedNotice checked = checks.checkWithContent(notice);
        assertThat(checked.evidence()).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo(PHOTO));
        assertThat(checked.notice().getEvidence().get(0).getContent()).isNull();

        ViolationNotice altered = notice(withEvidence(json(), PHOTO));
        altered.getEvidence().get(0).setContent(attachment(new byte[]{1, 2, 3}));
        assertRefused(() -> checks.checkWithContent(altered), JisrError.ATTACHMENT_DIGEST, "/evidence/0");
        ViolationNotice missing = notice(withEvidence(json(), PHOTO));
        assertRefused(() -> checks.checkWithContent(missing), JisrError.ATTACHMENT_DIGEST, "/evidence/0");
        ViolationNotice big = notice(withEvidence(json(), PHOTO));
        big.getEvidence().get(0).setContent(attachment(new byte[2048]));
        assertRefused(() -> checks.checkWithContent(big), JisrError.ATTACHMENT_TOO_LARGE, "/evidence/0");
    }

    @Test
    void refusesMalformedJson() {
        assertRefused(() -> SubmissionJson.readNotice("{\"reporter\":".getBytes(StandardCharsets.UTF_8)), JisrError.MALFORMED, null);
        assertRefused(() -> SubmissionJson.readNotice(new byte[0]), JisrError.MALFORMED, null);
    }

    /** An MTOM attachment as JAXB hands it over. */
    static DataHandler attachment(byte[] bytes) {
        return new DataHandler(new jakarta.activation.DataSource() {
            @Override
            public java.io.InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public java.io.OutputStream getOutputStream() {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public String getContentType() {
                return "image/png";
            }

            @Override
            public String getName() {
                return "attachment";
            }
        });
    }

    static ReceivedEvidence part(String name, byte[] bytes) {
        return ReceivedEvidence.read(name, null, new ByteArrayInputStream(bytes), 1024);
    }

    static void assertRefused(ThrowingCallable call, JisrError error, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(JisrException.class, e -> {
            assertThat(e.error()).as(e.getMessage()).isEqualTo(error);
            if (field != null) {
                assertThat(e.violations()).as(e.getMessage()).extracting(JisrException.FieldViolation::field).contains(field);
            }
        });
    }
}
