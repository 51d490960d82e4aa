package gcc.jisr.adapters.ae.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.ae.EmiratesAdapter;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.adapters.traffic.CanonicalTraffic;
import gcc.jisr.adapters.traffic.NationalTrafficSystemConformance;
import gcc.jisr.adapters.traffic.TrafficSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmiratesTrafficSystemTest extends NationalTrafficSystemConformance {

    private static final EmiratesAdapter ADAPTER = new EmiratesAdapter();

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalTrafficSimulator newSimulator() {
        return new EmiratesTrafficSimulator();
    }

    @Override
    protected Plate plate() {
        return TrafficSamples.plate(GccState.AE, "12345", null, "AA", "AA", "DXB");
    }

    @Override
    protected String goldenFolder() {
        return "/traffic/ae/";
    }

    @Override
    protected String extension() {
        return "txt";
    }

    @Override
    protected byte[] answerWithUnknownOutcome() {
        return "Result=555\nNationalReference=MOI-AE-1\n".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected byte[] recordedAnswerWithoutReference() {
        return "Result=000\n".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected String otherOutcomeCode() {
        return "100";
    }

    @Test
    void writesTheEmiratePlateInDubaiTimeWithADecimalFine() {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        // 21:14:05 at +03:00 is 22:14:05 in the UAE (+04:00).
        assertThat(body).contains("PlateNumber=DXB AA 12345\n").contains("OccurredAt=20/11/2026 22:14:05\n")
                .contains("FineAmount=75.250\n").contains("FineCurrency=KWD\n");
    }

    @Test
    void aLineBreakInAValueTravelsEscapedAndComesBackWhole() {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        notice.getPlace().setRoad("Sheikh Zayed Road\nexit 41 \\ service road");
        byte[] body = translator().noticeDelivery(notice, "m-1").body();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Road=Sheikh Zayed Road\\nexit 41 \\\\ service road\n");
        assertThat(format().readNotice(body)).isEqualTo(CanonicalTraffic.notice(notice, "m-1", GccState.AE, ADAPTER.plates()));
    }

    @Test
    void refusesARepeatedKeyAnUnknownKeyAndALoneBackslash() {
        assertThatThrownBy(() -> format().readAnswer("Result=000\nResult=201\nNationalReference=R-1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> format().readAnswer("Result=000\nNationalReference=R-1\nColour=red\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("Colour");
        assertThatThrownBy(() -> format().readAnswer("Result=301\nReason=bad \\x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("backslash");
    }
}
