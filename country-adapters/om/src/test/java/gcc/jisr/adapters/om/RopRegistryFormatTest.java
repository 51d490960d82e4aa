package gcc.jisr.adapters.om;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden replies under src/test/resources/om were captured from the ROP simulator on 23 November 2026. */
class RopRegistryFormatTest {

    private static final LocalDate CAPTURED = LocalDate.of(2026, 11, 23);
    private static final CivilId VALID = new CivilId(GccState.OM, "4231567");
    private static final String PERSON = "<Person civilNumber=\"4231567\" nameAr=\"سالم\" nameEn=\"Salim\" dateOfBirth=\"15/03/1985\""
            + " gender=\"M\" nationality=\"OMN\" cardStatus=\"VALID\" cardExpiry=\"30/06/2029\"/>";

    private final RopRegistryFormat format = new RopRegistryFormat();

    @Test
    void readsEveryAttributeOfAGoldenReply() throws IOException {
        RegistryAnswer answer = format.read(VALID, 200, golden("rop-reply-valid.xml"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2029, 6, 30));
        assertThat(answer.cardExpiryHijri()).isEmpty();
        assertThat(answer.person()).contains(new RegisteredPerson("سالم بن سعيد بن علي البوسعيدي", "Salim bin Saeed bin Ali Al Busaidi",
                LocalDate.of(1985, 3, 15), null, Sex.MALE, "OMN"));
    }

    @Test
    void readsAResidentRegisteredWithoutArabicName() throws IOException {
        RegistryAnswer answer = format.read(new CivilId(GccState.OM, "6729022"), 200, golden("rop-reply-resident-latin-only.xml"), CAPTURED);

        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2027, 10, 10));
        assertThat(answer.person()).contains(new RegisteredPerson(null, "Emily Rose Thompson", LocalDate.of(1958, 7, 25), null,
                Sex.FEMALE, "GBR"));
    }

    @Test
    void readsTheGoldenNotFoundReply() throws IOException {
        assertThat(format.read(new CivilId(GccState.OM, "7777321"), 200, golden("rop-reply-not-found.xml"), CAPTURED))
                .isEqualTo(RegistryAnswer.notFound());
    }

    @Test
    void aValidCardPastItsExpiryIsExpired() throws IOException {
        assertThat(format.read(VALID, 200, golden("rop-reply-valid.xml"), LocalDate.of(2029, 7, 1)).cardStatus())
                .isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void asksWithTheCanonicalCivilNumberInTheQuery() {
        RegistryCall call = format.lookup(new OmanCivilNumberRules().parse("٠٤٢٣١٥٦٧"));

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.pathAndQuery()).isEqualTo("/rop/civil-status/v1/persons?civilNumber=4231567");
        assertThat(call.headers()).containsEntry("Accept", "application/xml");
        assertThat(RopRegistryFormat.civilNumberOf("civilNumber=4231567")).isEqualTo("4231567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "civilNumber=", "civilNumber=12a", "civilNumber=123456789", "civilNumber=1&civilNumber=2", "number=1"})
    void refusesQueriesTheRegisterCannotRead(String query) {
        assertThatThrownBy(() -> RopRegistryFormat.civilNumberOf(query)).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesRepliesThatBreakTheFormat() {
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace("4231567\" nameAr", "4231568\" nameAr")), "another civil number");
        assertProtocolError(reply("FOUND", "4231568", PERSON), "another civil number");
        assertProtocolError(reply("FOUND", "4231567", PERSON + PERSON), "exactly one <Person>");
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace("15/03/1985", "1985-03-15")), "dateOfBirth");
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace("30/06/2029", "31/06/2029")), "cardExpiry");
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace(" gender=\"M\"", "")), "gender");
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace("gender=\"M\"", "gender=\"X\"")), "gender");
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace("OMN", "Oman")), "nationality");
        assertProtocolError(reply("FOUND", "4231567", PERSON.replace("VALID", "ACTIVE")), "card status");
        assertProtocolError(reply("MAYBE", "4231567", ""), "unknown ROP result");
        assertProtocolError(reply("NOT_FOUND", "1", ""), "another civil number");
    }

    @Test
    void refusesTheElementBasedNamespacedShapeOfOtherRegistries() {
        byte[] namespaced = ("<RopReply xmlns=\"urn:om:rop\" result=\"FOUND\" civilNumber=\"4231567\">" + PERSON + "</RopReply>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.read(VALID, 200, namespaced, CAPTURED)).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesADoctypeBeforeReadingAnything() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<RopReply result=\"ERROR\" message=\"&x;\"/>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.read(VALID, 200, xxe, CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageNotContaining("root:");
    }

    @Test
    void reportsAnErrorReplyWithItsMessage() {
        assertThatThrownBy(() -> format.read(VALID, 200, RopRegistryFormat.error("service closed for maintenance"), CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("service closed for maintenance");
        assertThatThrownBy(() -> format.read(VALID, 400, RopRegistryFormat.error("bad"), CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("HTTP 400");
    }

    @Test
    void escapesWhatItWritesIntoAttributes() {
        RopPersonRecord odd = new RopPersonRecord("4231567", "سالم \"الأول\" <&>", "O'Brien & <Sons>", LocalDate.of(1985, 3, 15),
                Sex.MALE, "IRL", RopCardStatus.VALID, LocalDate.of(2029, 6, 30));

        assertThat(format.read(VALID, 200, RopRegistryFormat.found(odd), CAPTURED).person().orElseThrow())
                .extracting(RegisteredPerson::fullNameArabic, RegisteredPerson::fullNameLatin)
                .containsExactly("سالم \"الأول\" <&>", "O'Brien & <Sons>");
    }

    private void assertProtocolError(byte[] body, String message) {
        assertThatThrownBy(() -> format.read(VALID, 200, body, CAPTURED))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining(message);
    }

    private static byte[] reply(String result, String civilNumber, String content) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><RopReply result=\"" + result + "\" civilNumber=\"" + civilNumber + "\">"
                + content + "</RopReply>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = RopRegistryFormatTest.class.getResourceAsStream("/om/" + name)) {
            return Optional.ofNullable(in).orElseThrow(() -> new IOException("missing golden file " + name)).readAllBytes();
        }
    }
}
