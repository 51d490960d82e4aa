package gcc.jisr.adapters.kw.sim;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.kw.KuwaitAdapter;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PaciRegistrySimulatorTest {

    private static final PaciRegistrySimulator SIMULATOR = new PaciRegistrySimulator();
    private static final KuwaitAdapter ADAPTER = new KuwaitAdapter();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI base;

    @BeforeAll
    static void start() {
        base = SIMULATOR.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        SIMULATOR.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VALID", "EXPIRED", "REVOKED", "SUSPENDED", "NOT_FOUND"})
    void eachSampleAnswersItsCardStatusThroughTheAdapter(String status) throws Exception {
        String sample = SIMULATOR.sampleCivilIds().get(status);
        CivilId civilId = ADAPTER.civilIds().parse(sample);
        RegistryCall call = ADAPTER.civilRegistry().lookup(civilId);
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(base.resolve(call.pathAndQuery())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        RegistryAnswer answer = ADAPTER.civilRegistry().read(civilId, response.statusCode(), response.body(),
                LocalDate.now(KuwaitAdapter.ZONE));
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.valueOf(status));
        assertThat(answer.person().isPresent()).isEqualTo(!status.equals("NOT_FOUND"));
    }

    @Test
    void seedsAFewHundredPersonsWithValidCivilIdsAndEveryStatus() {
        var people = PaciPopulation.build(LocalDate.of(2026, 11, 23));
        assertThat(people).hasSizeGreaterThanOrEqualTo(300);
        assertThat(people).allSatisfy(p -> assertThat(ADAPTER.civilIds().parse(p.civilNo()).value()).isEqualTo(p.civilNo()));
        assertThat(people).extracting(PaciRecord::cardStatus).contains("ACTIVE", "EXPIRED", "CANCELLED", "SUSPENDED");
        assertThat(people).extracting(PaciRecord::nationalityCode).contains("KWT", "EGY", "IND");
        assertThat(people.stream().map(PaciRecord::civilNo).distinct().count()).isEqualTo(people.size());
    }

    @Test
    void seedsTheSamePersonsOnEveryRun() {
        assertThat(PaciPopulation.build(LocalDate.of(2026, 11, 23))).isEqualTo(PaciPopulation.build(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void refusesAMalformedCivilNumberLikePaciDoes() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/paci/civil-registry/v2/persons/12ab")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("PACI-400");
    }

    @Test
    void theSampleMapNamesEveryStatus() {
        Map<String, String> samples = SIMULATOR.sampleCivilIds();
        assertThat(samples).containsOnlyKeys("VALID", "EXPIRED", "REVOKED", "SUSPENDED", "NOT_FOUND");
    }
}
