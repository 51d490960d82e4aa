package gcc.jisr.adapters.bh.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.bh.BahrainAdapter;
import gcc.jisr.adapters.bh.BahrainTrafficFormat;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.adapters.traffic.NationalTrafficAnswer;
import gcc.jisr.adapters.traffic.NationalTrafficSystemConformance;
import gcc.jisr.adapters.traffic.TrafficSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BahrainTrafficSystemTest extends NationalTrafficSystemConformance {

    private static final BahrainAdapter ADAPTER = new BahrainAdapter();
    private static final int ANSWER_WIDTH = 4 + BahrainTrafficFormat.ANSWER_WIDTHS.stream().mapToInt(Integer::intValue).sum();

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalTrafficSimulator newSimulator() {
        return new BahrainTrafficSimulator();
    }

    @Override
    protected Plate plate() {
        return TrafficSamples.plate(GccState.BH, "123456", null, null, "PRIVATE", null);
    }

    @Override
    protected String goldenFolder() {
        return "/traffic/bh/";
    }

    @Override
    protected String extension() {
        return "txt";
    }

    @Override
    protected byte[] answerWithUnknownOutcome() {
        return answer("TVA1" + "42" + pad("GDT-BH-V-1", 64));
    }

    @Override
    protected byte[] recordedAnswerWithoutReference() {
        return answer("TVA1" + "00");
    }

    @Override
    protected String otherOutcomeCode() {
        return "R0";
    }

    @Test
    void countsColumnsInCharactersSoArabicTextKeepsEveryColumnInPlace() {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        int width = 4 + BahrainTrafficFormat.NOTICE_WIDTHS.stream().mapToInt(Integer::intValue).sum();
        assertThat(body).endsWith("\r\n").startsWith("TVN1m-1");
        assertThat(body.codePointCount(0, body.length() - 2)).isEqualTo(width);
        assertThat(body).contains("PRIVATE 123456").contains("20261120 21:14:05").contains("000000000000075250KWD20261220");
    }

    @Test
    void aLineBreakInFreeTextBecomesASpaceInTheOneLineRecord() {
        ViolationNotice notice = TrafficSamples.speeding(plate(), newReference());
        notice.getPlace().setRoad("King Fahad Causeway\nexit 2");
        assertThat(format().readNotice(translator().noticeDelivery(notice, "m-1").body()).road()).isEqualTo("King Fahad Causeway exit 2");
    }

    @Test
    void refusesARecordOfAnotherWidthOrType() {
        byte[] good = format().writeAnswer(NationalTrafficAnswer.recorded("GDT-BH-V-1", null));
        String text = new String(good, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> format().readAnswer((text.substring(0, text.length() - 3) + "\r\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("characters wide");
        assertThatThrownBy(() -> format().readAnswer(("TVN1" + text.substring(4)).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("TVA1");
    }

    private static byte[] answer(String start) {
        return (pad(start, ANSWER_WIDTH) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(width - value.length());
    }
}
