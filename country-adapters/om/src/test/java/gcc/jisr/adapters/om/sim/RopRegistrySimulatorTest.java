package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.om.OmanAdapter;
import gcc.jisr.adapters.om.RopCardStatus;
import gcc.jisr.adapters.om.RopPersonRecord;
import gcc.jisr.adapters.om.RopRegistryFormat;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;
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
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class RopRegistrySimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final OmanAdapter ADAPTER = new OmanAdapter();
    private static RopRegistrySimulator simulator;
    private static URI base;

    @BeforeAll
    static void start() {
        simulator = new RopRegistrySimulator();
        base = simulator.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void answersEachSampleCivilNumberWithItsStatusOverHttp(CardStatus status) throws Exception {
        CivilId civilNumber = ADAPTER.civilIds().parse(simulator.sampleCivilIds().get(status.name()));

        RegistryAnswer answer = ask(civilNumber);

        assertThat(answer.cardStatus()).isEqualTo(status);
        if (status == CardStatus.NOT_FOUND) {
            assertThat(answer).isEqualTo(RegistryAnswer.notFound());
        } else {
            assertThat(answer.person()).get().satisfies(p -> {
                assertThat(p.fullNameArabic()).contains(" بن ");
                assertThat(p.fullNameLatin()).contains(" bin ");
                assertThat(p.nationality()).isEqualTo("OMN");
            });
            assertThat(answer.cardExpiry()).isPresent();
        }
    }

    @Test
    void findsAPersonAskedForWithLeadingZerosAndArabicDigits() throws Exception {
        RegistryAnswer answer = ask(ADAPTER.civilIds().parse("٠٤٢٣١٥٦٧"));

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).get().satisfies(expiry -> assertThat(expiry).isAfter(ADAPTER.today().plusYears(2)));
        assertThat(answer.person().orElseThrow().fullNameLatin()).isEqualTo("Salim bin Saeed bin Ali Al Busaidi");
    }

    @Test
    void answersARequestWithoutCivilNumberWithAnErrorReply() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(RopRegistryFormat.PERSONS_PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("result=\"ERROR\"");
    }

    @Test
    void allowsOnlyGet() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(RopRegistryFormat.PERSONS_PATH + "?civilNumber=1"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void holdsThreeHundredPeopleOfEveryKind() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<RopPersonRecord> people = RopPopulation.build(today);

        assertThat(simulator.size()).isEqualTo(RopPopulation.GENERATED + 4);
        assertThat(people).hasSize(RopPopulation.GENERATED + 4);
        assertThat(people).extracting(RopPersonRecord::cardStatus).contains(RopCardStatus.values());
        assertThat(people).filteredOn(p -> p.cardStatus() == RopCardStatus.VALID && p.cardExpiry().isBefore(today)).isNotEmpty();
        assertThat(people).extracting(RopPersonRecord::nationality).contains("OMN", "IND", "BGD", "PAK", "PHL");
        assertThat(people).filteredOn(p -> p.nameArabic() == null).isNotEmpty();
        assertThat(people).extracting(RopPersonRecord::civilNumber).doesNotHaveDuplicates()
                .doesNotContain(simulator.sampleCivilIds().get("NOT_FOUND"))
                .allSatisfy(n -> assertThat(ADAPTER.civilIds().parse(n).value()).isEqualTo(n));
    }

    @Test
    void seedsTheSamePeopleOnEveryRun() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(RopPopulation.build(today)).isEqualTo(RopPopulation.build(today));
    }

    @Test
    void isFoundByServiceLoaderBesideItsAdapter() {
        assertThat(ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::type))
                .contains(RopRegistrySimulator.class);
        assertThat(CountryAdapters.discover().forState(GccState.OM)).get().extracting(CountryAdapter::getClass)
                .isEqualTo(OmanAdapter.class);
    }

    private static RegistryAnswer ask(CivilId civilNumber) throws IOException, InterruptedException {
        RegistryCall call = ADAPTER.civilRegistry().lookup(civilNumber);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.pathAndQuery())).GET();
        call.headers().forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        return ADAPTER.civilRegistry().read(civilNumber, response.statusCode(), response.body(), ADAPTER.today());
    }
}
