package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every state's traffic system must do, proved against its own format and simulator over real HTTP on loopback:
 * the translator writes the notice, the simulator records it and answers in the national format, the translator reads
 * the answer into the canonical acknowledgement. Each state's module extends this with its plate, its golden files
 * and a few answers that break its format. Golden files are rewritten with {@code -Djisr.golden.write=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NationalTrafficSystemConformance {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    private NationalTrafficSimulator simulator;
    private URI base;

    /** The state's adapter with its defaults. */
    protected abstract CountryAdapter adapter();

    /** A new simulator of the state's traffic system. */
    protected abstract NationalTrafficSimulator newSimulator();

    /** A canonical plate this state registers. */
    protected abstract Plate plate();

    /** The classpath folder of the golden files, e.g. {@code /traffic/kw/}. */
    protected abstract String goldenFolder();

    /** The file extension of the format, e.g. {@code xml}. */
    protected abstract String extension();

    /** An HTTP 200 answer in the format whose outcome code the format does not define. */
    protected abstract byte[] answerWithUnknownOutcome();

    /** An HTTP 200 answer in the format that misses its national reference for a RECORDED outcome. */
    protected abstract byte[] recordedAnswerWithoutReference();

    /** An outcome code this format can carry that is not one of its defaults, for the settings test. */
    protected abstract String otherOutcomeCode();

    protected GccState state() {
        return adapter().state();
    }

    protected TrafficSystemTranslator translator() {
        return adapter().trafficSystem();
    }

    protected NationalTrafficFormat format() {
        return ((NationalTrafficSystem) translator()).format();
    }

    @BeforeAll
    void startSimulator() {
        simulator = newSimulator();
        base = simulator.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    protected static String newReference() {
        return "TR-2026-" + String.format("%06d", REFERENCES.incrementAndGet());
    }

    // ------------------------------------------------------------------ golden files

    @Test
    void writesTheSpeedingNoticeAsTheGoldenFile() throws IOException {
        ViolationNotice notice = TrafficSamples.speeding(plate(), "KW-TR-2026-0048213");
        RegistryCall call = translator().noticeDelivery(notice, TrafficSamples.MESSAGE_ID);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.contentType()).isEqualTo(format().contentType());
        golden("notice-speeding." + extension(), call.body());
        NationalNotice read = format().readNotice(call.body());
        assertThat(read).isEqualTo(CanonicalTraffic.notice(notice, TrafficSamples.MESSAGE_ID, state(), adapter().plates()));
        assertThat(read.occurredAt()).isEqualTo(TrafficSamples.OCCURRED_AT.atZoneSameInstant(state().zone()).toLocalDateTime());
        assertThat(read.fine().toPlainString()).isEqualTo(TrafficSamples.fine(TrafficSamples.reporterFor(state())).getAmount().toPlainString());
    }

    @Test
    void writesANoticeWithoutDriverOrSpeedAndReadsItBack() {
        ViolationNotice notice = TrafficSamples.redLightWithoutDriver(plate(), newReference());
        byte[] body = translator().noticeDelivery(notice, TrafficSamples.MESSAGE_ID).body();
        NationalNotice read = format().readNotice(body);
        assertThat(read).isEqualTo(CanonicalTraffic.notice(notice, TrafficSamples.MESSAGE_ID, state(), adapter().plates()));
        assertThat(read.measuredKmh()).isNull();
        assertThat(read.driverLicence()).isNull();
        assertThat(read.road()).isNull();
    }

    @ParameterizedTest
    @EnumSource(StatusChange.class)
    void writesEachStatusChangeAsItsGoldenFile(StatusChange change) throws IOException {
        ViolationStatusUpdate update = TrafficSamples.update(change, TrafficSamples.reporterFor(state()), state(), "KW-TR-2026-0048213");
        RegistryCall call = translator().statusUpdateDelivery(update, TrafficSamples.MESSAGE_ID);
        golden("status-" + change.name().toLowerCase() + "." + extension(), call.body());
        assertThat(format().readStatusChange(call.body()))
                .isEqualTo(CanonicalTraffic.statusChange(update, TrafficSamples.MESSAGE_ID, state()));
    }

    @Test
    void writesTheAnswersAsTheGoldenFiles() throws IOException {
        LocalDateTime at = LocalDateTime.of(2026, 11, 20, 21, 15, 12);
        NationalTrafficAnswer recorded = NationalTrafficAnswer.recorded(state().code() + "-TRF-V-00000042", at);
        NationalTrafficAnswer rejected = NationalTrafficAnswer.rejected("plate 'X' is not a " + state() + " plate, \"checked\"", at);
        golden("answer-recorded." + extension(), format().writeAnswer(recorded));
        golden("answer-rejected." + extension(), format().writeAnswer(rejected));
        golden("refusal-unavailable." + extension(), format().writeRefusal(503, "in maintenance until 02:00"));
        assertThat(format().readAnswer(format().writeAnswer(recorded))).isEqualTo(recorded);
        assertThat(format().readAnswer(format().writeAnswer(rejected))).isEqualTo(rejected);
        assertThat(format().readRefusal(format().writeRefusal(503, "in maintenance until 02:00")))
                .hasValueSatisfying(message -> assertThat(message).contains("in maintenance until 02:00"));
    }

    // ------------------------------------------------------------------ end to end over HTTP

    @Test
    void deliversANoticeAndReadsTheAcknowledgementWithTheNationalReference() throws Exception {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        TrafficAcknowledgement ack = deliver(notice);
        assertThat(ack.getOutcome()).isEqualTo(AcknowledgementOutcome.RECORDED);
        assertThat(ack.getNationalReference()).matches(NationalTrafficFields.DOCUMENT_REFERENCE);
        assertThat(ack.getAcknowledgedBy().getState()).isEqualTo(state().code());
        assertThat(ack.getAcknowledgedBy().getAgency()).isEqualTo(((NationalTrafficSystem) translator()).agency());
        assertThat(ack.getMessageId()).isEqualTo(TrafficSamples.MESSAGE_ID);
        assertThat(ack.getReportingState()).isEqualTo(notice.getReporter().getState());
        assertThat(ack.getViolationReference()).isEqualTo(notice.getViolationReference());
        assertThat(ack.getReason()).isNull();
        assertThat(ack.getAcknowledgedAt().getOffset()).isEqualTo(state().zone().getRules().getOffset(ack.getAcknowledgedAt().toInstant()));
        assertThat(simulator.noticeDeliveries(TrafficSamples.reporterFor(state()), notice.getViolationReference())).isEqualTo(1);
    }

    @Test
    void aRepeatedNoticeIsADuplicateWithTheFirstReferenceAndIsCounted() throws Exception {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        TrafficAcknowledgement first = deliver(notice);
        int before = simulator.noticesReceived();
        TrafficAcknowledgement second = deliver(notice);
        assertThat(second.getOutcome()).isEqualTo(AcknowledgementOutcome.DUPLICATE);
        assertThat(second.getNationalReference()).isEqualTo(first.getNationalReference());
        assertThat(simulator.noticeDeliveries(TrafficSamples.reporterFor(state()), notice.getViolationReference())).isEqualTo(2);
        assertThat(simulator.noticesReceived()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void concurrentDeliveriesOfOneViolationRecordItOnce() throws Exception {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TrafficAcknowledgement>> acks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<TrafficAcknowledgement> delivery = () -> deliver(notice);
                acks.add(pool.submit(delivery));
            }
            List<AcknowledgementOutcome> outcomes = new ArrayList<>();
            List<String> references = new ArrayList<>();
            for (Future<TrafficAcknowledgement> ack : acks) {
                outcomes.add(ack.get().getOutcome());
                references.add(ack.get().getNationalReference());
            }
            assertThat(outcomes).containsOnlyOnce(AcknowledgementOutcome.RECORDED).containsOnly(AcknowledgementOutcome.RECORDED,
                    AcknowledgementOutcome.DUPLICATE);
            assertThat(references).containsOnly(references.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(simulator.noticeDeliveries(TrafficSamples.reporterFor(state()), notice.getViolationReference())).isEqualTo(8);
    }

    @Test
    void aNoticeDueBeforeTheOffenceIsRejectedWithItsReason() throws Exception {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        notice.setDueDate(notice.getOccurredAt().toLocalDate().minusDays(1));
        TrafficAcknowledgement ack = deliver(notice);
        assertThat(ack.getOutcome()).isEqualTo(AcknowledgementOutcome.REJECTED);
        assertThat(ack.getReason()).contains("due");
        assertThat(ack.getNationalReference()).isNull();
        assertThat(simulator.noticeDeliveries(TrafficSamples.reporterFor(state()), notice.getViolationReference())).isEqualTo(1);
    }

    @Test
    void aNoticeAboutAnotherStatesVehicleWithoutADriverFromHereIsRejected() throws Exception {
        GccState other = state() == GccState.OM ? GccState.QA : GccState.OM;
        Plate foreign = TrafficSamples.plate(other, "4321", null, null, "PRIVATE", null);
        ViolationNotice notice = TrafficSamples.redLightWithoutDriver(plate(), newReference());
        notice.getVehicle().setPlate(foreign);
        TrafficAcknowledgement ack = deliver(notice);
        assertThat(ack.getOutcome()).isEqualTo(AcknowledgementOutcome.REJECTED);
        assertThat(ack.getReason()).contains("registered in " + state());
    }

    @Test
    void aPlateTheStateCannotReadIsRejectedBySimulator() throws Exception {
        NationalNotice good = CanonicalTraffic.notice(TrafficSamples.speeding(plate(), newReference()), TrafficSamples.MESSAGE_ID,
                state(), adapter().plates());
        NationalNotice bad = new NationalNotice(good.transmissionId(), good.reportingState(), good.reportingAgency(),
                good.violationReference(), good.plateState(), "ZZ 0 ZZ 0", good.offence(), good.nationalOffenceCode(), good.law(),
                good.article(), good.measuredKmh(), good.permittedKmh(), good.occurredAt(), good.city(), good.road(), good.fine(),
                good.dueDate(), good.driverCivilId(), good.driverCivilIdState(), good.driverLicence(), good.driverLicenceState());
        HttpResponse<byte[]> response = post(simulator.noticePath(), format().writeNotice(bad));
        assertThat(response.statusCode()).isEqualTo(200);
        NationalTrafficAnswer answer = format().readAnswer(response.body());
        assertThat(answer.outcome()).isEqualTo(AcknowledgementOutcome.REJECTED);
        assertThat(answer.reason()).contains("ZZ 0 ZZ 0");
    }

    @Test
    void whileUnavailableTheSystemAnswers503AndTheTranslatorAsksForARetry() throws Exception {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        simulator.available(false);
        try {
            assertThatThrownBy(() -> deliver(notice))
                    .isInstanceOfSatisfying(TrafficSystemUnavailableException.class,
                            e -> assertThat(e.error()).isEqualTo(JisrError.REGISTRY_UNAVAILABLE))
                    .hasMessageContaining("maintenance");
            ViolationStatusUpdate update = TrafficSamples.update(StatusChange.PAID, TrafficSamples.reporterFor(state()), state(), newReference());
            assertThatThrownBy(() -> deliver(update)).isInstanceOf(TrafficSystemUnavailableException.class);
        } finally {
            simulator.available(true);
        }
        assertThat(simulator.noticeDeliveries(TrafficSamples.reporterFor(state()), notice.getViolationReference())).isZero();
        assertThat(deliver(notice).getOutcome()).isEqualTo(AcknowledgementOutcome.RECORDED);
    }

    @ParameterizedTest
    @EnumSource(StatusChange.class)
    void eachStatusChangeOfAViolationReportedHereIsTakenAndARepeatToo(StatusChange change) throws Exception {
        ViolationStatusUpdate update = TrafficSamples.update(change, TrafficSamples.reporterFor(state()), state(), newReference());
        int before = simulator.statusUpdatesReceived();
        deliver(update);
        deliver(update);
        assertThat(simulator.statusUpdatesReceived()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void aStatusChangeOfAViolationAnotherStateReportedIsRefused() {
        GccState other = TrafficSamples.reporterFor(state());
        ViolationStatusUpdate update = TrafficSamples.update(StatusChange.CANCELLED, state(), other, newReference());
        assertThatThrownBy(() -> deliver(update))
                .isInstanceOfSatisfying(RegistryFormatException.class, e -> assertThat(e.error()).isEqualTo(JisrError.REGISTRY_PROTOCOL))
                .hasMessageContaining("reported by " + other);
    }

    @Test
    void theSimulatorRefusesAMalformedNoticeInItsFormat() throws Exception {
        int before = simulator.noticesReceived();
        HttpResponse<byte[]> response = post(simulator.noticePath(), "not a notice\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(format().readRefusal(response.body())).isPresent();
        assertThat(simulator.noticesReceived()).isEqualTo(before);
        HttpResponse<byte[]> status = post(simulator.statusPath(), new byte[0]);
        assertThat(status.statusCode()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ answers outside the format

    @Test
    void answersOutsideTheFormatAreRefusedWithATypedError() {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        OffsetDateTime now = OffsetDateTime.now();
        List<byte[]> bad = List.of(answerWithUnknownOutcome(), recordedAnswerWithoutReference(), new byte[0],
                "<<garbage>>\u0000".getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bad) {
            assertThatThrownBy(() -> translator().acknowledgementOf(notice, TrafficSamples.MESSAGE_ID, 200, body, now))
                    .as(new String(body, StandardCharsets.UTF_8))
                    .isInstanceOfSatisfying(RegistryFormatException.class, e -> assertThat(e.error()).isEqualTo(JisrError.REGISTRY_PROTOCOL));
        }
        assertThatThrownBy(() -> translator().acknowledgementOf(notice, TrafficSamples.MESSAGE_ID, 500, new byte[0], now))
                .isInstanceOfSatisfying(RegistryFormatException.class, e -> assertThat(e.error()).isEqualTo(JisrError.REGISTRY_PROTOCOL))
                .hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> translator().acknowledgementOf(notice, TrafficSamples.MESSAGE_ID, 503, new byte[0], now))
                .isInstanceOfSatisfying(RegistryFormatException.class, e -> assertThat(e.error()).isEqualTo(JisrError.REGISTRY_UNAVAILABLE));
        ViolationStatusUpdate update = TrafficSamples.update(StatusChange.PAID, TrafficSamples.reporterFor(state()), state(), newReference());
        assertThatThrownBy(() -> translator().checkStatusUpdateAnswer(update, 200, answerWithUnknownOutcome()))
                .isInstanceOf(RegistryFormatException.class);
    }

    // ------------------------------------------------------------------ settings

    @Test
    void theTrafficSettingsAreTheOperators() throws Exception {
        CountryAdapter configured = adapter().configured(AdapterSettings.of("jisr.adapters." + state().code().toLowerCase(), Map.of(
                "traffic.notice-path", "/traffic/v9/notices",
                "traffic.status-path", "/traffic/v9/changes",
                "traffic.agency", "TRAFFIC-HQ",
                "traffic.outcome.recorded", otherOutcomeCode())));
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        assertThat(configured.trafficSystem().noticeDelivery(notice, TrafficSamples.MESSAGE_ID).pathAndQuery()).isEqualTo("/traffic/v9/notices");
        ViolationStatusUpdate update = TrafficSamples.update(StatusChange.PAID, TrafficSamples.reporterFor(state()), state(), newReference());
        assertThat(configured.trafficSystem().statusUpdateDelivery(update, TrafficSamples.MESSAGE_ID).pathAndQuery()).isEqualTo("/traffic/v9/changes");

        NationalTrafficAnswer duplicate = NationalTrafficAnswer.duplicate("REF-1", null);
        TrafficAcknowledgement ack = configured.trafficSystem().acknowledgementOf(notice, TrafficSamples.MESSAGE_ID, 200,
                format().writeAnswer(duplicate), OffsetDateTime.parse("2026-11-20T21:15:00+03:00"));
        assertThat(ack.getAcknowledgedBy().getAgency()).isEqualTo("TRAFFIC-HQ");
        assertThat(ack.getAcknowledgedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T21:15:00+03:00"));
        // The default code for RECORDED is no longer one the configured system reads.
        byte[] recordedByDefault = format().writeAnswer(NationalTrafficAnswer.recorded("REF-2", null));
        assertThatThrownBy(() -> configured.trafficSystem().acknowledgementOf(notice, TrafficSamples.MESSAGE_ID, 200, recordedByDefault,
                OffsetDateTime.now())).isInstanceOf(RegistryFormatException.class);
        NationalTrafficFormat configuredFormat = ((NationalTrafficSystem) configured.trafficSystem()).format();
        assertThat(configuredFormat.readAnswer(configuredFormat.writeAnswer(NationalTrafficAnswer.recorded("REF-3", null))).outcome())
                .isEqualTo(AcknowledgementOutcome.RECORDED);
    }

    @Test
    void unknownAndUnusableTrafficSettingsAreRefusedByName() {
        String origin = "jisr.adapters." + state().code().toLowerCase();
        assertThatThrownBy(() -> adapter().configured(AdapterSettings.of(origin, Map.of("traffic.noticepath", "/x"))))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("unknown setting " + origin + ".traffic.noticepath")
                .hasMessageContaining("traffic.notice-path");
        assertThatThrownBy(() -> adapter().configured(AdapterSettings.of(origin, Map.of("traffic.notice-path", "/x/{id}"))))
                .isInstanceOf(InvalidAdapterSettingException.class).hasMessageContaining(origin + ".traffic.notice-path");
        assertThatThrownBy(() -> adapter().configured(AdapterSettings.of(origin, Map.of("traffic.agency", "moi traffic"))))
                .isInstanceOf(InvalidAdapterSettingException.class).hasMessageContaining(origin + ".traffic.agency");
        assertThat(adapter().settingKeys()).contains("traffic.notice-path", "traffic.status-path", "traffic.agency",
                "traffic.outcome.recorded", "traffic.outcome.duplicate", "traffic.outcome.rejected",
                "traffic.status.paid", "traffic.status.contested", "traffic.status.cancelled", "traffic.status.settled");
    }

    // ------------------------------------------------------------------ plumbing

    protected TrafficAcknowledgement deliver(ViolationNotice notice) throws IOException, InterruptedException {
        RegistryCall call = translator().noticeDelivery(notice, TrafficSamples.MESSAGE_ID);
        HttpResponse<byte[]> response = send(call);
        return translator().acknowledgementOf(notice, TrafficSamples.MESSAGE_ID, response.statusCode(), response.body(),
                OffsetDateTime.now(state().zone()));
    }

    protected void deliver(ViolationStatusUpdate update) throws IOException, InterruptedException {
        RegistryCall call = translator().statusUpdateDelivery(update, TrafficSamples.MESSAGE_ID);
        HttpResponse<byte[]> response = send(call);
        translator().checkStatusUpdateAnswer(update, response.statusCode(), response.body());
    }

    protected HttpResponse<byte[]> send(RegistryCall call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.pathAndQuery()))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .header("Content-Type", call.contentType());
        call.headers().forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", format().contentType()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected NationalTrafficSimulator simulator() {
        return simulator;
    }

    /** Compares with the golden file, or writes it when {@code jisr.golden.write} is set. */
    protected void golden(String name, byte[] actual) throws IOException {
        if (Boolean.getBoolean("jisr.golden.write")) {
            Path file = Path.of("src/test/resources" + goldenFolder() + name);
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream(goldenFolder() + name)) {
            assertThat(in).as("golden file " + goldenFolder() + name).isNotNull();
            assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
