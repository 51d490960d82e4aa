package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PensionSealingTest {

    private final KeyPair kuwait = keyPair();
    private final KeyPair elsewhere = keyPair();

    private static PensionSealing sealingWith(KeyPair own, KeyPair recipient) {
        return TestPensionKeys.sealing(own, recipient);
    }

    @Test
    void aPartSealedToTheReceiversKeyOpensThereAndCarriesAStandardJweHeader() throws Exception {
        byte[] records = "{\"sequence\":1,\"person\":{\"civilId\":\"288011501017\"}}\n".getBytes(StandardCharsets.UTF_8);
        String sealed = sealingWith(elsewhere, kuwait).seal(records, GccState.KW, "report-1", 2);

        assertThat(sealed.split("\\.")).hasSize(5);
        assertThat(sealed).doesNotContain("288011501017");
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(sealed.substring(0, sealed.indexOf('.'))));
        assertThat(header.path("alg").asText()).isEqualTo("ECDH-ES+A256KW");
        assertThat(header.path("enc").asText()).isEqualTo("A256GCM");
        assertThat(header.path("kid").asText()).isEqualTo("kw-encryption-1");
        assertThat(header.path("jisr-of").asText()).isEqualTo("report-1");
        assertThat(header.path("jisr-part").asInt()).isEqualTo(2);
        assertThat(sealingWith(kuwait, elsewhere).open(sealed, "report-1", 2)).isEqualTo(records);
    }

    @Test
    void aPartMovedToAnotherMessageOrPlaceOrSealedToAnotherKeyIsRefused() {
        String sealed = sealingWith(elsewhere, kuwait).seal("x".getBytes(StandardCharsets.UTF_8), GccState.KW, "report-1", 0);
        PensionSealing atKuwait = sealingWith(kuwait, elsewhere);

        assertRefused(() -> atKuwait.open(sealed, "report-2", 0));
        assertRefused(() -> atKuwait.open(sealed, "report-1", 1));
        assertRefused(() -> sealingWith(elsewhere, kuwait).open(sealed, "report-1", 0));
        String[] pieces = sealed.split("\\.");
        pieces[3] = pieces[3].substring(0, pieces[3].length() - 2) + (pieces[3].endsWith("AA") ? "BA" : "AA");
        assertRefused(() -> atKuwait.open(String.join(".", pieces), "report-1", 0));
    }

    private static void assertRefused(Runnable opening) {
        assertThatThrownBy(opening::run).isInstanceOf(JisrException.class)
                .satisfies(e -> assertThat(((JisrException) e).error()).isEqualTo(JisrError.SCHEMA));
    }

    private static KeyPair keyPair() {
        return TestPensionKeys.keyPair();
    }
}
