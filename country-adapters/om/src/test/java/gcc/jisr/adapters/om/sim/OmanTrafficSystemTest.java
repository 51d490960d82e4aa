package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.om.OmanAdapter;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.adapters.traffic.NationalTrafficSystemConformance;
import gcc.jisr.adapters.traffic.TrafficSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.Plate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OmanTrafficSystemTest extends NationalTrafficSystemConformance {

    private static final OmanAdapter ADAPTER = new OmanAdapter();

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalTrafficSimulator newSimulator() {
        return new OmanTrafficSimulator();
    }

    @Override
    protected Plate plate() {
        return TrafficSamples.plate(GccState.OM, "12345", "أب", "AB", null, null);
    }

    @Override
    protected String goldenFolder() {
        return "/traffic/om/";
    }

    @Override
    protected String extension() {
        return "xml";
    }

    @Override
    protected byte[] answerWithUnknownOutcome() {
        return xml("<RopReply result=\"PENDING\" nationalReference=\"ROP-V-1\"/>");
    }

    @Override
    protected byte[] recordedAnswerWithoutReference() {
        return xml("<RopReply result=\"RECORDED\"/>");
    }

    @Override
    protected String otherOutcomeCode() {
        return "REGISTERED";
    }

    @Test
    void writesEveryValueAsAnAttributeInOmanTime() {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        // 21:14:05 at +03:00 is 22:14:05 in Oman (+04:00).
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><RopViolation ")
                .contains("plateNumber=\"12345 AB\"").contains("occurredAt=\"20/11/2026 22:14:05\"")
                .contains("fineAmount=\"75.250\" fineCurrency=\"KWD\"").doesNotContain("driverCivilId=");
    }

    @Test
    void refusesChildElementsUnknownAttributesAndANamespace() {
        assertThatThrownBy(() -> format().readAnswer(xml("<RopReply result=\"RECORDED\" nationalReference=\"R-1\"><x/></RopReply>")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("attributes only");
        assertThatThrownBy(() -> format().readAnswer(xml("<RopReply result=\"RECORDED\" nationalReference=\"R-1\" colour=\"red\"/>")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> format().readAnswer(xml("<RopReply xmlns=\"urn:x\" result=\"RECORDED\" nationalReference=\"R-1\"/>")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("namespace");
    }

    private static byte[] xml(String text) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text).getBytes(StandardCharsets.UTF_8);
    }
}
