package gcc.jisr.contracts.traffic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.StringReader;
import java.util.stream.Stream;

import static gcc.jisr.contracts.traffic.TrafficExamples.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SOAP face of the traffic contract: the XSD takes the realistic examples and refuses the typical mistakes. */
class TrafficXsdTest {

    private static final String NOTICE = "notice-kw-speeding-saudi-car.xml";

    private static Schema xsd;

    @BeforeAll
    static void compileTheSchema() {
        xsd = TrafficExamples.trafficXsd();
    }

    private static void validate(String document) throws Exception {
        xsd.newValidator().validate(new StreamSource(new StringReader(document)));
    }

    @ParameterizedTest
    @CsvSource({NOTICE, "status-update-paid-in-saudi-arabia.xml", "acknowledgement-recorded.xml", "submission-accepted.xml",
            "tracking-record-acknowledged-after-a-retry.xml"})
    void eachRealisticExampleIsValid(String example) {
        assertThatCode(() -> validate(xml(example))).doesNotThrowAnyException();
    }

    /** Each case: what it breaks, a regular expression for the part of the example, its replacement, what the error names. */
    static Stream<Arguments> brokenNotices() {
        return Stream.of(
                Arguments.of("an unknown offence code", "<t:code>SPEEDING</t:code>", "<t:code>DRIFTING</t:code>", "DRIFTING"),
                Arguments.of("a fine with four decimals", "<t:amount>75.250</t:amount>", "<t:amount>75.2501</t:amount>", "75.2501"),
                Arguments.of("a negative fine", "<t:amount>75.250</t:amount>", "<t:amount>-75.250</t:amount>", "-75.250"),
                Arguments.of("a currency that is not ISO 4217", "<t:currency>KWD</t:currency>", "<t:currency>kwd</t:currency>", "kwd"),
                Arguments.of("a time without its UTC offset", "<t:occurredAt>2026-11-20T21:14:05\\+03:00</t:occurredAt>",
                        "<t:occurredAt>2026-11-20T21:14:05</t:occurredAt>", "ZonedDateTime"),
                Arguments.of("a latitude beyond the pole", "<t:latitude>29.2791</t:latitude>", "<t:latitude>92.5</t:latitude>", "92.5"),
                Arguments.of("a longitude beyond the antimeridian", "<t:longitude>47.9594</t:longitude>",
                        "<t:longitude>-180.5</t:longitude>", "-180.5"),
                Arguments.of("Latin letters in the Arabic letters", "<t:lettersArabic>ابح</t:lettersArabic>",
                        "<t:lettersArabic>ABJ</t:lettersArabic>", "ABJ"),
                Arguments.of("a plate number with a leading zero", "<t:number>1234</t:number>", "<t:number>01234</t:number>", "01234"),
                Arguments.of("no vehicle", "(?s)<t:vehicle>.*</t:vehicle>", "", "vehicle"),
                Arguments.of("a civil ID without its issuing state", "<t:civilIdState>SA</t:civilIdState>", "", "civilIdState"),
                Arguments.of("an upper-case digest", "777ba5e061fc1493ab33439b4fdc99045af4b6ff3425423d3b3dcb8f72978ddc",
                        "777BA5E061FC1493AB33439B4FDC99045AF4B6FF3425423D3B3DCB8F72978DDC", "777BA5E0"),
                Arguments.of("evidence of a type no national system is sent", "<t:contentType>image/png</t:contentType>",
                        "<t:contentType>image/gif</t:contentType>", "image/gif"),
                Arguments.of("evidence of size zero", "<t:size>71</t:size>", "<t:size>0</t:size>", "'0'"),
                Arguments.of("evidence bytes that are not base64", "<t:content>iVBOR", "<t:content>*not base64*", "base64Binary"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenNotices")
    void aNoticeBreakingTheContractIsRefusedNamingWhatIsWrong(String what, String regex, String replacement, String named) {
        String broken = xml(NOTICE).replaceFirst(regex, replacement);
        assertThat(broken).as("the example still holds what this case breaks").isNotEqualTo(xml(NOTICE));
        assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class).hasMessageContaining(named);
    }

    @Test
    void aStatusUpdateCarriesExactlyOneStatus() {
        String paidAndCancelled = xml("status-update-paid-in-saudi-arabia.xml").replace("</t:paid>",
                "</t:paid><t:cancelled><t:cancelledOn>2026-12-03</t:cancelledOn><t:reason>خطأ</t:reason></t:cancelled>");
        assertThatThrownBy(() -> validate(paidAndCancelled)).isInstanceOf(SAXException.class).hasMessageContaining("cancelled");
        String none = xml("status-update-paid-in-saudi-arabia.xml").replaceFirst("(?s)<t:paid>.*</t:paid>", "");
        assertThatThrownBy(() -> validate(none)).isInstanceOf(SAXException.class);
    }

    @Test
    void aTrackingRecordRefusesAStatusOutsideTheLifecycle() {
        String record = xml("tracking-record-acknowledged-after-a-retry.xml")
                .replaceFirst("<t:status>ACKNOWLEDGED</t:status>", "<t:status>DONE</t:status>");
        assertThatThrownBy(() -> validate(record)).isInstanceOf(SAXException.class).hasMessageContaining("DONE");
    }
}
