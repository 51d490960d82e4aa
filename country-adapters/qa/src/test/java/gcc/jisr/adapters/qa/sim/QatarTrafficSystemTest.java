package gcc.jisr.adapters.qa.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.qa.QatarAdapter;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.adapters.traffic.NationalTrafficSystemConformance;
import gcc.jisr.adapters.traffic.TrafficSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.traffic.v1.Plate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QatarTrafficSystemTest extends NationalTrafficSystemConformance {

    private static final QatarAdapter ADAPTER = new QatarAdapter();

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalTrafficSimulator newSimulator() {
        return new QatarTrafficSimulator();
    }

    @Override
    protected Plate plate() {
        return TrafficSamples.plate(GccState.QA, "12345", null, null, "TAXI", null);
    }

    @Override
    protected String goldenFolder() {
        return "/traffic/qa/";
    }

    @Override
    protected String extension() {
        return "csv";
    }

    @Override
    protected byte[] answerWithUnknownOutcome() {
        return "RESULT,NATIONAL_REFERENCE\r\nQUEUED,MOI-QA-1\r\n".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected byte[] recordedAnswerWithoutReference() {
        return "RESULT,NATIONAL_REFERENCE\r\nACCEPTED,\r\n".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected String otherOutcomeCode() {
        return "OK";
    }

    @Test
    void writesAHeaderAndOneRowWithTheFineInMinorUnits() {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFTRANSMISSION_ID,REPORTING_STATE,").contains(",TAXI 12345,")
                .contains("\"قانون المرور، \"\"المادة\"\" 38\"").contains(",20-11-2026 21:14:05,").contains(",75250,KWD,");
        assertThat(body.split("\r\n")).hasSize(2);
    }

    @Test
    void findsColumnsByNameWhateverTheirOrder() {
        byte[] reordered = "NATIONAL_REFERENCE,RESULT\r\nMOI-QA-V-7,DUPLICATE\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(format().readAnswer(reordered).outcome()).isEqualTo(AcknowledgementOutcome.DUPLICATE);
    }

    @Test
    void refusesTwoRowsARaggedRowAndAnOpenQuote() {
        assertThatThrownBy(() -> format().readAnswer("RESULT,NATIONAL_REFERENCE\r\nACCEPTED,A-1\r\nACCEPTED,A-2\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("one row");
        assertThatThrownBy(() -> format().readAnswer("RESULT,NATIONAL_REFERENCE\r\nACCEPTED\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("fields");
        assertThatThrownBy(() -> format().readAnswer("RESULT,REASON\r\nREJECTED,\"open\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("RFC 4180");
    }
}
