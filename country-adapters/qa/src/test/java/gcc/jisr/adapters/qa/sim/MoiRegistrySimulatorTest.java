package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.qa.MoiQatarRegistryFormat;
import gcc.jisr.adapters.qa.QatarAdapter;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class MoiRegistrySimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final QatarAdapter ADAPTER = new QatarAdapter();

    private static MoiRegistrySimulator simulator;
    private static URI base;

    @BeforeAll
    static void start() {
        simulator = new MoiRegistrySimulator();
        base = simulator.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @ParameterizedTest
    @CsvSource({"VALID", "EXPIRED", "REVOKED", "SUSPENDED", "NOT_FOUND"})
    void answersEachSampleWithItsCardStatus(String status) throws Exception {
        RegistryAnswer answer = ask(simulator.sampleCivilIds().get(status));

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.valueOf(status));
        assertThat(answer.person().isPresent()).isEqualTo(!status.equals("NOT_FOUND"));
    }

    @Test
    void answersValidSampleWithNamesInBothScripts() throws Exception {
        RegistryAnswer answer = ask(simulator.sampleCivilIds().get("VALID"));

        assertThat(answer.cardExpiry()).hasValueSatisfying(expiry -> assertThat(expiry).isAfter(today().plusYears(2)));
        assertThat(answer.person()).contains(new RegisteredPerson("حمد خليفة جاسم آل ثاني", "Hamad Khalifa Jassim Al Thani",
                LocalDate.of(1985, 3, 14), null, Sex.MALE, "QAT"));
    }

    @Test
    void answersResidentWithCommaInNameAndTheirOwnNationality() throws Exception {
        RegistryAnswer answer = ask(simulator.sampleCivilIds().get("SUSPENDED"));

        assertThat(answer.person().map(RegisteredPerson::fullNameLatin)).contains("DELA CRUZ, MARIA LUISA");
        assertThat(answer.person().map(RegisteredPerson::nationality)).contains("PHL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?qid=12345", "?qid=18563401234", "?other=28563401234"})
    void refusesInquiryWithoutWellFormedQid(String query) throws Exception {
        assertThat(get(MoiQatarRegistryFormat.PERSONS_PATH + query).statusCode()).isEqualTo(400);
    }

    @Test
    void answersCsvWithTheMinistrysContentType() throws Exception {
        HttpResponse<byte[]> response = get(MoiQatarRegistryFormat.PERSONS_PATH + "?qid=" + simulator.sampleCivilIds().get("VALID"));

        assertThat(response.headers().firstValue("Content-Type")).contains("text/csv; charset=UTF-8; header=present");
    }

    @Test
    void refusesPost() throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(base.resolve(MoiQatarRegistryFormat.PERSONS_PATH))
                .POST(HttpRequest.BodyPublishers.ofString("qid=28563401234")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void holdsSeveralHundredPersons() {
        assertThat(simulator.size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void isFoundWithItsAdapterThroughServiceLoader() {
        assertThat(ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::type))
                .contains(MoiRegistrySimulator.class);
        assertThat(CountryAdapters.discover().forState(GccState.QA).map(CountryAdapter::getClass))
                .contains(QatarAdapter.class);
    }

    private static RegistryAnswer ask(String qid) throws IOException, InterruptedException {
        CivilId id = ADAPTER.civilIds().parse(qid);
        RegistryCall call = ADAPTER.civilRegistry().lookup(id);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.pathAndQuery())).method(call.method(),
                HttpRequest.BodyPublishers.noBody());
        call.headers().forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return ADAPTER.civilRegistry().read(id, response.statusCode(), response.body(), today());
    }

    private static HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static LocalDate today() {
        return LocalDate.now(QatarAdapter.ZONE);
    }
}
