package gcc.jisr.adapters.bh.sim;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.bh.BahrainAdapter;
import gcc.jisr.adapters.bh.CioCardStatus;
import gcc.jisr.adapters.bh.CioRegistryFormat;
import gcc.jisr.adapters.bh.CprRecord;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CioRegistrySimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final BahrainAdapter ADAPTER = new BahrainAdapter();
    private static CioRegistrySimulator simulator;
    private static URI base;

    @BeforeAll
    static void start() {
        simulator = new CioRegistrySimulator();
        base = simulator.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void answersEachSampleCprWithItsStatusOverHttp(CardStatus status) throws Exception {
        CivilId cpr = ADAPTER.civilIds().parse(simulator.sampleCivilIds().get(status.name()));

        RegistryAnswer answer = ask(cpr);

        assertThat(answer.cardStatus()).isEqualTo(status);
        if (status == CardStatus.NOT_FOUND) {
            assertThat(answer).isEqualTo(RegistryAnswer.notFound());
        } else {
            assertThat(answer.person()).get().satisfies(p -> {
                assertThat(p.fullNameArabic()).isNotBlank();
                assertThat(p.fullNameLatin()).isNotBlank();
                assertThat(p.nationality()).isEqualTo("BHR");
            });
            assertThat(answer.cardExpiry()).isPresent();
        }
    }

    @Test
    void theValidSampleStaysValidForYears() throws Exception {
        RegistryAnswer answer = ask(ADAPTER.civilIds().parse(simulator.sampleCivilIds().get("VALID")));

        assertThat(answer.cardExpiry()).get().satisfies(expiry -> assertThat(expiry).isAfter(ADAPTER.today().plusYears(2)));
        assertThat(answer.person().orElseThrow().fullNameLatin()).isEqualTo("Mohamed Abdulla Ahmed Al Dossary");
    }

    @Test
    void answersAnUnreadableInquiryWithARefusalRecord() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(base.resolve(CioRegistryFormat.INQUIRY_PATH))
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> ADAPTER.civilRegistry().read(new CivilId(GccState.BH, "850300010"), 200, response.body(), ADAPTER.today()))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("refused");
    }

    @Test
    void allowsOnlyPost() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(CioRegistryFormat.INQUIRY_PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void holdsThreeHundredPeopleOfEveryKind() {
        List<CprRecord> people = CioPopulation.build(LocalDate.of(2026, 11, 23));

        assertThat(simulator.size()).isEqualTo(CioPopulation.GENERATED + 4);
        assertThat(people).hasSize(CioPopulation.GENERATED + 4);
        assertThat(people).extracting(CprRecord::cardStatus).contains(CioCardStatus.values());
        assertThat(people).filteredOn(p -> p.cardStatus() == CioCardStatus.IN_FORCE && p.cardExpiry().isBefore(LocalDate.of(2026, 11, 23)))
                .isNotEmpty();
        assertThat(people).extracting(CprRecord::nationality).contains("BHR", "IND", "PAK", "PHL", "GBR");
        assertThat(people).filteredOn(p -> p.nameArabic() == null).isNotEmpty();
        assertThat(people).extracting(CprRecord::cpr).doesNotHaveDuplicates()
                .doesNotContain(simulator.sampleCivilIds().get("NOT_FOUND"))
                .allSatisfy(cpr -> assertThat(ADAPTER.civilIds().parse(cpr).value()).isEqualTo(cpr));
    }

    @Test
    void seedsTheSamePeopleOnEveryRun() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(CioPopulation.build(today)).isEqualTo(CioPopulation.build(today));
    }

    @Test
    void isFoundByServiceLoaderBesideItsAdapter() {
        assertThat(ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::type))
                .contains(CioRegistrySimulator.class);
        assertThat(CountryAdapters.discover().forState(GccState.BH)).get().extracting(CountryAdapter::getClass)
                .isEqualTo(BahrainAdapter.class);
    }

    private static RegistryAnswer ask(CivilId cpr) throws IOException, InterruptedException {
        RegistryCall call = ADAPTER.civilRegistry().lookup(cpr);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.pathAndQuery()))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .header("Content-Type", call.contentType());
        call.headers().forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Type")).contains(CioRegistryFormat.MEDIA_TYPE);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).endsWith("\r\n");
        return ADAPTER.civilRegistry().read(cpr, response.statusCode(), response.body(), ADAPTER.today());
    }
}
