package gcc.jisr.routes.civilid;

import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.kw.sim.PaciRegistrySimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.AttributeMatch;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationResponse;
import gcc.jisr.contracts.civilid.v1.ClaimedAttributes;
import gcc.jisr.contracts.civilid.v1.MatchResult;
import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.partner.PartnerRateLimits;
import gcc.jisr.routes.partner.RateLimitExceeded;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@CamelSpringBootTest
@SpringBootTest(classes = CivilIdVerificationRouteTest.Routes.class)
class CivilIdVerificationRouteTest {

    // Long enough for a loaded CI machine to answer from the simulator (400 ms was not), short for the timeout test.
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final PaciRegistrySimulator PACI = new PaciRegistrySimulator();
    static final URI PACI_URI = PACI.start(new InetSocketAddress("127.0.0.1", 0));
    static final AtomicReference<URI> KUWAIT_REGISTRY = new AtomicReference<>(PACI_URI);

    @Configuration
    @EnableAutoConfiguration
    static class Routes {
        @Bean
        CivilIdVerificationRoute civilIdVerificationRoute() {
            DisclosurePolicy policy = new DisclosurePolicy(List.of(
                    new DisclosureGrant("*", "*", Set.of(PurposeCode.BORDER_CROSSING), Set.of(PersonAttribute.values()), Set.of()),
                    new DisclosureGrant("SA", "SAMA", Set.of(PurposeCode.BANKING_KYC), Set.of(),
                            Set.of(PersonAttribute.FULL_NAME_LATIN, PersonAttribute.DATE_OF_BIRTH))));
            RegistryDirectory registries = state -> state == GccState.KW ? Optional.of(KUWAIT_REGISTRY.get()) : Optional.empty();
            // Bahrain's agencies have used up their rate; every other requester is within its own.
            PartnerRateLimits limits = (partner, service) -> partner == GccState.BH ? Duration.ofMillis(2500) : Duration.ZERO;
            return new CivilIdVerificationRoute(new CivilIdRouteSettings(CountryAdapters.discover(), registries, TIMEOUT, policy,
                    Clock.systemUTC(), Optional.empty(), limits));
        }
    }

    @Autowired
    ProducerTemplate producer;

    @AfterEach
    void backToThePaciSimulator() {
        KUWAIT_REGISTRY.set(PACI_URI);
    }

    @Test
    void answersAValidCardWithTheAttributesGrantedForThePurpose() {
        CivilIdVerificationResponse response = verify(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW"));
        assertThat(response.getCardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(response.getCivilId()).isEqualTo("285010100015");
        assertThat(response.getCardExpiry()).isAfter(LocalDate.now());
        assertThat(response.getPerson().getFullNameLatin()).isEqualTo("Mohammed Abdullah Ahmad Al-Sabah");
        assertThat(response.getPerson().getFullNameArabic()).isEqualTo("محمد عبدالله أحمد الصباح");
        assertThat(response.getPerson().getNationality()).isEqualTo("KWT");
        assertThat(response.getMessageId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(response.getCorrelationId()).isEqualTo(response.getMessageId());
    }

    @Test
    void answersEachCardStatusOfTheRegistry() {
        PACI.sampleCivilIds().forEach((status, civilId) -> assertThat(
                verify(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, civilId, "KW")).getCardStatus())
                .as(status).isEqualTo(CardStatus.valueOf(status)));
    }

    @Test
    void matchesClaimsWithoutDisclosingWhenThePurposeGrantsMatchingOnly() {
        CivilIdVerificationRequest request = request("SA", "SAMA", PurposeCode.BANKING_KYC, "285010100015", "KW");
        request.setClaimed(new ClaimedAttributes());
        request.getClaimed().setFullNameLatin("Muhammad Abdallah Al Sabah");
        request.getClaimed().setFullNameArabic("محمد عبد الله الصباح");
        request.getClaimed().setDateOfBirth(LocalDate.of(1985, 1, 2));
        CivilIdVerificationResponse response = verify(request);
        assertThat(response.getPerson()).isNull();
        assertThat(response.getMatch()).extracting(AttributeMatch::getAttribute, AttributeMatch::getResult).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PersonAttribute.FULL_NAME_ARABIC, MatchResult.NOT_CHECKED),
                org.assertj.core.groups.Tuple.tuple(PersonAttribute.FULL_NAME_LATIN, MatchResult.PARTIAL),
                org.assertj.core.groups.Tuple.tuple(PersonAttribute.DATE_OF_BIRTH, MatchResult.NO_MATCH));
    }

    @Test
    void aRequesterNoGrantCoversLearnsOnlyTheCardStatus() {
        CivilIdVerificationResponse response = verify(request("QA", "QNB", PurposeCode.HEALTHCARE, "285010100015", "KW"));
        assertThat(response.getCardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(response.getPerson()).isNull();
    }

    @Test
    void aPartnerStatesAgenciesBeyondTheirRateLimitAreRefusedWithWhenToAskAgain() {
        JisrException failure = failure(request("BH", "CPR", PurposeCode.BORDER_CROSSING, "285010100015", "KW"));
        assertThat(failure.error()).isEqualTo(JisrError.RATE_LIMITED);
        assertThat(failure).isInstanceOf(RateLimitExceeded.class);
        assertThat(((RateLimitExceeded) failure).retryAfterSeconds()).isEqualTo(3);
        assertThat(verify(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW")).getCardStatus())
                .isEqualTo(CardStatus.VALID);
    }

    @Test
    void keepsTheCallersCorrelationId() {
        CivilIdVerificationRequest request = request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW");
        request.setCorrelationId("sa-jawazat-42");
        assertThat(verify(request).getCorrelationId()).isEqualTo("sa-jawazat-42");
    }

    @Test
    void refusesAStateOutsideTheGcc() {
        assertThat(failure(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "EG")).error())
                .isEqualTo(JisrError.UNKNOWN_STATE);
    }

    @Test
    void refusesAWrongCheckDigitBeforeCallingTheRegistry() {
        KUWAIT_REGISTRY.set(closedPort());
        JisrException failure = failure(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100016", "KW"));
        assertThat(failure.error()).isEqualTo(JisrError.INVALID_CIVIL_ID);
        assertThat(failure.getMessage()).contains("check digit");
    }

    @Test
    void anUnreachableRegistryIsUnavailable() {
        KUWAIT_REGISTRY.set(closedPort());
        JisrException failure = failure(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW"));
        assertThat(failure.error()).isEqualTo(JisrError.REGISTRY_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("cannot be reached");
    }

    @Test
    void aRegistryThatDoesNotAnswerInTimeIsUnavailableWithoutWaitingForIt() throws IOException {
        HttpServer stuck = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stuck.createContext("/", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        stuck.start();
        try {
            KUWAIT_REGISTRY.set(URI.create("http://127.0.0.1:" + stuck.getAddress().getPort()));
            long started = System.nanoTime();
            JisrException failure = failure(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW"));
            assertThat(failure.error()).isEqualTo(JisrError.REGISTRY_UNAVAILABLE);
            assertThat(failure.getMessage()).contains("within " + TIMEOUT.toMillis() + " ms");
            // The registry holds the answer for 5 s; the caller must have been released long before.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        } finally {
            stuck.stop(0);
        }
    }

    @Test
    void aRegistryAnsweringServerErrorsIsUnavailable() throws IOException {
        HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        failing.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        failing.start();
        try {
            KUWAIT_REGISTRY.set(URI.create("http://127.0.0.1:" + failing.getAddress().getPort()));
            assertThat(failure(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW")).error())
                    .isEqualTo(JisrError.REGISTRY_UNAVAILABLE);
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void theRegistryReceivesNoneOfTheCallersHeaders() throws IOException {
        AtomicReference<String> leaked = new AtomicReference<>();
        HttpServer spy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        spy.createContext("/", exchange -> {
            leaked.set(exchange.getRequestHeaders().getFirst("X-Partner-Secret"));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        spy.start();
        try {
            KUWAIT_REGISTRY.set(URI.create("http://127.0.0.1:" + spy.getAddress().getPort()));
            Exchange result = producer.send(CivilIdVerificationRoute.VERIFY, e -> {
                e.getMessage().setBody(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW"));
                e.getMessage().setHeader(AgencyCaller.HEADER, caller("SA", "JAWAZAT"));
                e.getMessage().setHeader("X-Partner-Secret", "do-not-forward");
            });
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody(CivilIdVerificationResponse.class).getCardStatus()).isEqualTo(CardStatus.NOT_FOUND);
            assertThat(leaked.get()).isNull();
        } finally {
            spy.stop(0);
        }
    }

    @Test
    void refusesARequesterOtherThanTheAgencyThatAuthenticatedBeforeAskingTheRegistry() {
        KUWAIT_REGISTRY.set(closedPort());
        Exchange result = producer.send(CivilIdVerificationRoute.VERIFY, e -> {
            e.getMessage().setBody(request("SA", "JAWAZAT", PurposeCode.BORDER_CROSSING, "285010100015", "KW"));
            e.getMessage().setHeader(AgencyCaller.HEADER, caller("KW", "MOI-TRAFFIC"));
        });
        assertThat(result.getException()).isInstanceOfSatisfying(JisrException.class, refusal -> {
            assertThat(refusal.error()).isEqualTo(JisrError.REQUESTER_MISMATCH);
            assertThat(refusal.error().code()).isEqualTo("JISR-403-REQUESTER-MISMATCH");
            assertThat(refusal.getMessage()).contains("SA:JAWAZAT", "KW:MOI-TRAFFIC");
        });
    }

    @Test
    void jsonIngressNamesTheFieldsThatBreakTheContract() {
        JisrException failure = jsonFailure("""
                {"requester":{"state":"SA"},"purpose":"BORDER_CROSSING","civilId":"285010100015","issuingState":"KWT","extra":1}""");
        assertThat(failure.error()).isEqualTo(JisrError.SCHEMA);
        assertThat(failure.violations()).extracting(JisrException.FieldViolation::field)
                .contains("/requester/agency", "/issuingState", "/extra");
    }

    @Test
    void jsonIngressGivesAnUnknownPurposeItsOwnCode() {
        JisrException failure = jsonFailure("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"CURIOSITY","civilId":"285010100015","issuingState":"KW"}""");
        assertThat(failure.error()).isEqualTo(JisrError.UNKNOWN_PURPOSE);
        assertThat(failure.violations()).extracting(JisrException.FieldViolation::field).containsExactly("/purpose");
    }

    @Test
    void jsonIngressRefusesMalformedJsonAndImpossibleDates() {
        assertThat(jsonFailure("{\"requester\": ").error()).isEqualTo(JisrError.MALFORMED);
        JisrException impossibleDate = jsonFailure("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"285010100015",
                 "issuingState":"KW","claimed":{"dateOfBirth":"1985-02-30"}}""");
        assertThat(impossibleDate.error()).isEqualTo(JisrError.SCHEMA);
        assertThat(impossibleDate.violations()).extracting(JisrException.FieldViolation::field).containsExactly("/claimed/dateOfBirth");
    }

    @Test
    void jsonIngressAnswersJson() {
        Exchange result = producer.send(CivilIdVerificationRoute.VERIFY_JSON, e -> {
            e.getMessage().setBody("""
                    {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"٢٨٥٠١٠١٠٠٠١٥","issuingState":"KW"}"""
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            e.getMessage().setHeader(AgencyCaller.HEADER, caller("SA", "JAWAZAT"));
        });
        assertThat(result.getException()).isNull();
        assertThat(new String(result.getMessage().getBody(byte[].class), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"cardStatus\":\"VALID\"", "\"civilId\":\"285010100015\"", "\"dateOfBirth\":\"1985-01-01\"");
    }

    private CivilIdVerificationResponse verify(CivilIdVerificationRequest request) {
        Exchange result = producer.send(CivilIdVerificationRoute.VERIFY, e -> asItsRequester(e, request));
        assertThat(result.getException()).isNull();
        return result.getMessage().getBody(CivilIdVerificationResponse.class);
    }

    private JisrException failure(CivilIdVerificationRequest request) {
        Exchange result = producer.send(CivilIdVerificationRoute.VERIFY, e -> asItsRequester(e, request));
        assertThat(result.getException()).isInstanceOf(JisrException.class);
        return (JisrException) result.getException();
    }

    private JisrException jsonFailure(String json) {
        Exchange result = producer.send(CivilIdVerificationRoute.VERIFY_JSON, e -> {
            e.getMessage().setBody(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            e.getMessage().setHeader(AgencyCaller.HEADER, caller("SA", "JAWAZAT"));
        });
        assertThat(result.getException()).isInstanceOf(JisrException.class);
        return (JisrException) result.getException();
    }

    /** A national request as the gateway hands it to the route: with the agency that authenticated, here its requester. */
    private static void asItsRequester(Exchange exchange, CivilIdVerificationRequest request) {
        exchange.getMessage().setBody(request);
        exchange.getMessage().setHeader(AgencyCaller.HEADER,
                caller(request.getRequester().getState(), request.getRequester().getAgency()));
    }

    static AgencyCaller caller(String state, String agency) {
        return new AgencyCaller(GccState.valueOf(state), agency, "test");
    }

    static CivilIdVerificationRequest request(String state, String agency, PurposeCode purpose, String civilId, String issuingState) {
        CivilIdVerificationRequest request = new CivilIdVerificationRequest();
        Party requester = new Party();
        requester.setState(state);
        requester.setAgency(agency);
        request.setRequester(requester);
        request.setPurpose(purpose);
        request.setCivilId(civilId);
        request.setIssuingState(issuingState);
        return request;
    }

    private static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
