package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
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
        assertThat(header.path("zip").asText()).isEqualTo("DEF");
        assertThat(sealingWith(kuwait, elsewhere).open(sealed, "report-1", 2)).isEqualTo(records);
    }

    @Test
    void aFullPartIsDeflatedUnderItsAuthenticatedHeaderAndOpensWithAPlainJoseDecrypter() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            lines.append("{\"sequence\":").append(i).append(",\"person\":{\"civilId\":\"2880115").append(10000 + i)
                    .append("\",\"homeState\":\"KW\"},\"wage\":{\"amount\":\"").append(1000 + i % 977)
                    .append(".500\",\"currency\":\"KWD\"}}\n");
        }
        byte[] records = lines.toString().getBytes(StandardCharsets.UTF_8);
        String sealed = sealingWith(elsewhere, kuwait).seal(records, GccState.KW, "report-9", 0);

        // Ciphertext in base64url: compressed well below the content, not merely encrypted.
        assertThat(sealed.split("\\.")[3].length()).isLessThan(records.length / 3);
        JWEObject jwe = JWEObject.parse(sealed);
        jwe.decrypt(new ECDHDecrypter((ECPrivateKey) kuwait.getPrivate()));
        assertThat(jwe.getPayload().toBytes()).isEqualTo(records);
        // The header that was authenticated is the one that says "zip": altering it breaks the tag.
        String[] pieces = sealed.split("\\.");
        ObjectNode header = (ObjectNode) new ObjectMapper().readTree(Base64.getUrlDecoder().decode(pieces[0]));
        assertThat(header.remove("zip")).isNotNull();
        pieces[0] = Base64.getUrlEncoder().withoutPadding().encodeToString(new ObjectMapper().writeValueAsBytes(header));
        assertRefused(() -> sealingWith(kuwait, elsewhere).open(String.join(".", pieces), "report-9", 0));
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
