package gcc.jisr.adapters.kw.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.kw.KuwaitAdapter;
import gcc.jisr.adapters.kw.KuwaitTrafficFormat;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.adapters.traffic.NationalTrafficSystemConformance;
import gcc.jisr.adapters.traffic.TrafficSamples;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KuwaitTrafficSystemTest extends NationalTrafficSystemConformance {

    private static final KuwaitAdapter ADAPTER = new KuwaitAdapter();

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalTrafficSimulator newSimulator() {
        return new KuwaitTrafficSimulator();
    }

    @Override
    protected Plate plate() {
        return TrafficSamples.plate(GccState.KW, "34567", null, null, "12", null);
    }

    @Override
    protected String goldenFolder() {
        return "/traffic/kw/";
    }

    @Override
    protected String extension() {
        return "xml";
    }

    @Override
    protected byte[] answerWithUnknownOutcome() {
        return xml("<Receipt xmlns=\"" + KuwaitTrafficFormat.NAMESPACE + "\"><Result>QUEUED</Result><ViolationNo>V-1</ViolationNo></Receipt>");
    }

    @Override
    protected byte[] recordedAnswerWithoutReference() {
        return xml("<Receipt xmlns=\"" + KuwaitTrafficFormat.NAMESPACE + "\"><Result>REGISTERED</Result></Receipt>");
    }

    @Override
    protected String otherOutcomeCode() {
        return "ACCEPTED";
    }

    @Test
    void writesTheKuwaitiPlateAsCodeSlashNumber() throws Exception {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        assertThat(body).contains("<PlateNo>12/34567</PlateNo>").contains("<Fine currency=\"SAR\">30050</Fine>")
                .contains("<OccurredAt>20/11/2026 21:14:05</OccurredAt>");
    }

    @Test
    void aPlateWithoutItsKuwaitiCodeIsRefusedBeforeItLeaves() {
        ViolationNotice notice = TrafficSamples.speeding(TrafficSamples.plate(GccState.KW, "34567", null, null, null, null), newReference());
        assertThatThrownBy(() -> translator().noticeDelivery(notice, "m-1")).isInstanceOf(InvalidPlateException.class);
    }

    @Test
    void refusesAnAnswerWithAnElementOutsideTheLayoutOrADoctype() {
        assertThatThrownBy(() -> format().readAnswer(xml("<Receipt xmlns=\"" + KuwaitTrafficFormat.NAMESPACE
                + "\"><Result>REGISTERED</Result><ViolationNo>V-1</ViolationNo><Extra/></Receipt>")))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("Extra");
        assertThatThrownBy(() -> format().readAnswer(xml("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Receipt xmlns=\""
                + KuwaitTrafficFormat.NAMESPACE + "\"><Result>&x;</Result></Receipt>")))
                .isInstanceOf(RegistryFormatException.class);
    }

    private static byte[] xml(String text) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text).getBytes(StandardCharsets.UTF_8);
    }
}
