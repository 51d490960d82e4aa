package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.ae.EmiratesAdapter;
import gcc.jisr.adapters.ae.IcpRegistryFormat;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcpRegistrySimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final EmiratesAdapter ADAPTER = new EmiratesAdapter();

    private static IcpRegistrySimulator simulator;
    private static URI base;

    @BeforeAll
    static void start() {
        simulator = new IcpRegistrySimulator();
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
        assertThat(answer.person()).contains(new RegisteredPerson("محمد عبدالله أحمد المنصوري",
                "Mohammed Abdulla Ahmed Al Mansoori", LocalDate.of(1985, 3, 14), null, Sex.MALE, "ARE"));
    }

    @Test
    void answersResidentSampleWithTheirOwnNationality() throws Exception {
        RegistryAnswer answer = ask(simulator.sampleCivilIds().get("REVOKED"));

        assertThat(answer.person().map(RegisteredPerson::nationality)).contains("IND");
    }

    @Test
    void refusesInquiryWhoseIdnIsMalformedWithResponseCode102() throws Exception {
        HttpResponse<byte[]> response = post(IcpRegistryFormat.FORM, "idn=12345");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("ResponseCode=102\n");
        CivilId someone = ADAPTER.civilIds().parse(simulator.sampleCivilIds().get("VALID"));
        assertThatThrownBy(() -> ADAPTER.civilRegistry().read(someone, response.statusCode(), response.body(), today()))
                .isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesInquiryThatIsNotFormEncoded() throws Exception {
        assertThat(post("application/json", "{\"idn\":\"784198512345673\"}").statusCode()).isEqualTo(415);
    }

    @Test
    void refusesGet() throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(base.resolve(IcpRegistryFormat.INQUIRY_PATH)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void holdsSeveralHundredIdentities() {
        assertThat(simulator.size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void isFoundWithItsAdapterThroughServiceLoader() {
        assertThat(ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::type))
                .contains(IcpRegistrySimulator.class);
        assertThat(CountryAdapters.discover().forState(GccState.AE).map(CountryAdapter::getClass))
                .contains(EmiratesAdapter.class);
    }

    private static RegistryAnswer ask(String idn) throws IOException, InterruptedException {
        CivilId id = ADAPTER.civilIds().parse(idn);
        RegistryCall call = ADAPTER.civilRegistry().lookup(id);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.pathAndQuery()))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .header("Content-Type", call.contentType());
        call.headers().forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return ADAPTER.civilRegistry().read(id, response.statusCode(), response.body(), today());
    }

    private static HttpResponse<byte[]> post(String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(IcpRegistryFormat.INQUIRY_PATH))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static LocalDate today() {
        return LocalDate.now(EmiratesAdapter.ZONE);
    }
}
