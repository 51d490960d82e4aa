package gcc.jisr.adapters.sa.sim;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.sa.NicCardStatus;
import gcc.jisr.adapters.sa.NicDate;
import gcc.jisr.adapters.sa.NicPerson;
import gcc.jisr.adapters.sa.SaudiAdapter;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NicRegistrySimulatorTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SaudiAdapter ADAPTER = new SaudiAdapter();

    private static NicRegistrySimulator simulator;
    private static URI base;

    @BeforeAll
    static void start() {
        simulator = new NicRegistrySimulator();
        base = simulator.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void answersEachSampleWithItsStatusOverHttp(CardStatus status) throws Exception {
        CivilId id = ADAPTER.civilIds().parse(simulator.sampleCivilIds().get(status.name()));

        RegistryAnswer answer = ask(id);

        assertThat(answer.cardStatus()).isEqualTo(status);
        if (status == CardStatus.NOT_FOUND) {
            assertThat(answer).isEqualTo(RegistryAnswer.notFound());
        } else {
            assertThat(answer.person()).isPresent();
            assertThat(answer.person().get().fullNameArabic()).isNotBlank();
            assertThat(answer.person().get().fullNameLatin()).isNotBlank();
            assertThat(answer.cardExpiry()).isPresent();
        }
    }

    @Test
    void answersValidCitizenWithHijriDates() throws Exception {
        RegistryAnswer answer = ask(ADAPTER.civilIds().parse(simulator.sampleCivilIds().get("VALID")));

        assertThat(answer.person().orElseThrow().fullNameLatin()).isEqualTo("Mohammed Abdullah Ahmad Al-Qahtani");
        assertThat(answer.person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 2));
        assertThat(answer.person().orElseThrow().dateOfBirthHijri()).isEqualTo("1405-04-10");
        assertThat(answer.cardExpiryHijri()).isPresent();
        assertThat(answer.cardExpiry().orElseThrow()).isAfter(ADAPTER.today());
    }

    @Test
    void answersExpiredResidentWithGregorianBirthDate() throws Exception {
        RegistryAnswer answer = ask(ADAPTER.civilIds().parse(simulator.sampleCivilIds().get("EXPIRED")));

        assertThat(answer.person().orElseThrow().nationality()).isEqualTo("EGY");
        assertThat(answer.person().orElseThrow().dateOfBirthHijri()).isNull();
        assertThat(answer.cardExpiryHijri()).isPresent();
    }

    @Test
    void refusesGetWith405() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/nic/person-inquiry/v1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void refusesUnreadableInquiryWith400AndResponseCode() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/nic/person-inquiry/v1"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"idNumber\":\"2345678904\",\"idType\":\"NIN\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"responseCode\":\"1400\"");
    }

    @Test
    void servesAboutThreeHundredPersons() {
        assertThat(simulator.size()).isEqualTo(NicPopulation.GENERATED + 4);
    }

    @Test
    void seedsTheSamePopulationEveryTime() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(NicPopulation.build(today)).isEqualTo(NicPopulation.build(today));
    }

    @Test
    void seedsRealisticMixOfCitizensResidentsAndCardStatuses() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<NicPerson> people = NicPopulation.build(today);

        Set<String> nationalities = people.stream().map(NicPerson::nationalityCode).collect(Collectors.toSet());
        assertThat(nationalities).contains("SAU").hasSizeGreaterThan(5);
        Map<NicCardStatus, Long> statuses = people.stream()
                .collect(Collectors.groupingBy(NicPerson::cardStatus, Collectors.counting()));
        assertThat(statuses).containsKeys(NicCardStatus.values());
        assertThat(people).anyMatch(p -> p.cardStatus() == NicCardStatus.ACTIVE && p.cardExpiry().date().isBefore(today));
        assertThat(people).filteredOn(p -> p.idNumber().startsWith("1"))
                .allMatch(p -> p.birthDate().calendar() == NicDate.Calendar.HIJRI && p.nationalityCode().equals("SAU"));
        assertThat(people).filteredOn(p -> p.idNumber().startsWith("2"))
                .hasSizeGreaterThan(50)
                .allMatch(p -> p.birthDate().calendar() == NicDate.Calendar.GREGORIAN)
                .anyMatch(p -> p.cardExpiry().calendar() == NicDate.Calendar.GREGORIAN);
        assertThat(people).allSatisfy(p -> ADAPTER.civilIds().parse(p.idNumber()));
        assertThat(people).noneMatch(p -> p.idNumber().equals(NicPopulation.samples().get("NOT_FOUND")));
    }

    @Test
    void samplesAreValidIdentityNumbers() {
        assertThat(simulator.sampleCivilIds()).containsOnlyKeys("VALID", "EXPIRED", "REVOKED", "SUSPENDED", "NOT_FOUND");
        simulator.sampleCivilIds().values().forEach(id -> assertThat(ADAPTER.civilIds().parse(id).value()).isEqualTo(id));
    }

    private static RegistryAnswer ask(CivilId id) throws IOException, InterruptedException {
        RegistryCall call = ADAPTER.civilRegistry().lookup(id);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.pathAndQuery()))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .header("Content-Type", call.contentType());
        call.headers().forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return ADAPTER.civilRegistry().read(id, response.statusCode(), response.body(), ADAPTER.today());
    }
}
