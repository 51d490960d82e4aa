package gcc.jisr.adapters.sa.sim;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.sa.SaudiAdapter;
import gcc.jisr.adapters.sim.NationalTrafficSimulator;
import gcc.jisr.adapters.traffic.NationalNotice;
import gcc.jisr.adapters.traffic.NationalTrafficSystem;
import gcc.jisr.adapters.traffic.NationalTrafficSystemConformance;
import gcc.jisr.adapters.traffic.TrafficSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.Plate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaudiTrafficSystemTest extends NationalTrafficSystemConformance {

    private static final SaudiAdapter ADAPTER = new SaudiAdapter();

    @Override
    protected CountryAdapter adapter() {
        return ADAPTER;
    }

    @Override
    protected NationalTrafficSimulator newSimulator() {
        return new SaudiTrafficSimulator();
    }

    @Override
    protected Plate plate() {
        return TrafficSamples.plate(GccState.SA, "1234", "ابح", "ABJ", "private", null);
    }

    @Override
    protected String goldenFolder() {
        return "/traffic/sa/";
    }

    @Override
    protected String extension() {
        return "json";
    }

    @Override
    protected byte[] answerWithUnknownOutcome() {
        return "{\"responseCode\":\"0042\",\"violationId\":\"MUROOR-1\"}".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected byte[] recordedAnswerWithoutReference() {
        return "{\"responseCode\":\"0000\"}".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected String otherOutcomeCode() {
        return "0100";
    }

    @Test
    void writesDatesInTheUmmAlQuraCalendarAndThePlateWithArabicLetters() {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        // 2026-11-20 is 10 Jumada al-Akhirah 1448 and 2026-12-20 is 11 Rajab 1448 in the Umm al-Qura table.
        assertThat(body).contains("\"plateNumber\":\"ا ب ح 1234\"")
                .contains("\"violationDateTime\":{\"calendar\":\"HIJRI\",\"date\":\"1448/06/10\",\"time\":\"21:14:05\"}")
                .contains("\"dueDate\":{\"calendar\":\"HIJRI\",\"date\":\"1448/07/11\"}")
                .contains("\"amount\":\"75.250\",\"currency\":\"KWD\"");
    }

    @Test
    void readsAGregorianDateWhenItsCalendarSaysSo() {
        byte[] body = translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body();
        String gregorian = new String(body, StandardCharsets.UTF_8)
                .replace("\"dueDate\":{\"calendar\":\"HIJRI\",\"date\":\"1448/07/11\"}", "\"dueDate\":{\"calendar\":\"GREGORIAN\",\"date\":\"2026-12-20\"}");
        NationalNotice notice = format().readNotice(gregorian.getBytes(StandardCharsets.UTF_8));
        assertThat(notice.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void refusesADayThatTheHijriMonthDoesNotHaveAndADateWithoutCalendar() {
        String body = new String(translator().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> format().readNotice(body.replace("1448/07/11", "1448/07/31").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("dueDate");
        assertThatThrownBy(() -> format().readNotice(body.replace("{\"calendar\":\"HIJRI\",\"date\":\"1448/07/11\"}", "{\"date\":\"1448/07/11\"}")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(RegistryFormatException.class).hasMessageContaining("dueDate.calendar");
        assertThatThrownBy(() -> format().readAnswer("{\"responseCode\":\"0000\",\"responseCode\":\"0001\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void aConfiguredHijriPatternIsWritten() {
        CountryAdapter configured = ADAPTER.configured(AdapterSettings.of("jisr.adapters.sa", Map.of("traffic.hijri-date-pattern", "dd-MM-yyyy")));
        String body = new String(configured.trafficSystem().noticeDelivery(TrafficSamples.speeding(plate(), newReference()), "m-1").body(),
                StandardCharsets.UTF_8);
        assertThat(body).contains("\"date\":\"11-07-1448\"");
        assertThat(((NationalTrafficSystem) configured.trafficSystem()).format().readNotice(body.getBytes(StandardCharsets.UTF_8)).dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 20));
    }
}
